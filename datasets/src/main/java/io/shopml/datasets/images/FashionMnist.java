package io.shopml.datasets.images;

import io.shopml.datasets.BundledDatasets;
import io.shopml.datasets.DatasetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fashion-MNIST (Zalando, MIT): 70000 greyscale 28x28 product photos of 10 clothing categories,
 * bundled in this jar as the original gzipped IDX files, and any folder of IDX files laid out the
 * same way. Provenance: {@code io/shopml/datasets/images/PROVENANCE.md}.
 *
 * <pre>{@code
 * LabelledImages train = FashionMnist.load(FashionMnist.Split.TRAIN);   // bundled, 60000 images
 * LabelledImages test = FashionMnist.read(Path.of("data/fmnist"), FashionMnist.Split.TEST);
 * }</pre>
 */
public final class FashionMnist {

    /** The ten categories, in label order. */
    public static final List<String> CLASS_NAMES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    /** Optional file in an IDX folder naming its classes, one a line, in label order. */
    public static final String CLASSES_FILE = "classes.txt";

    /** The two published splits; each knows the file-name prefix of its IDX files. */
    public enum Split {
        TRAIN("train"), TEST("t10k");

        private final String prefix;

        Split(String prefix) {
            this.prefix = prefix;
        }

        String imagesFile() {
            return prefix + "-images-idx3-ubyte";
        }

        String labelsFile() {
            return prefix + "-labels-idx1-ubyte";
        }

        String idPrefix() {
            return name().toLowerCase(java.util.Locale.ROOT) + "-";
        }
    }

    private FashionMnist() {
    }

    /** The bundled split, extracted to the data cache once (see {@link BundledDatasets}). */
    public static LabelledImages load(Split split) {
        Path images = BundledDatasets.extract("images/" + split.imagesFile() + ".gz");
        Path labels = BundledDatasets.extract("images/" + split.labelsFile() + ".gz");
        return assemble(IdxReader.readImages(images), IdxReader.readLabels(labels), CLASS_NAMES, split);
    }

    /** Whether {@code directory} holds the IDX files of {@code split}, plain or gzipped. */
    public static boolean isIdxFolder(Path directory, Split split) {
        return find(directory, split.imagesFile()) != null && find(directory, split.labelsFile()) != null;
    }

    /**
     * A split from a folder of IDX files named as Fashion-MNIST's ({@code train-images-idx3-ubyte[.gz]},
     * {@code train-labels-idx1-ubyte[.gz]}, {@code t10k-...}). Class names come from {@value #CLASSES_FILE}
     * when present, else Fashion-MNIST's when the labels fit, else {@code class-<n>}.
     */
    public static LabelledImages read(Path directory, Split split) {
        Path images = find(directory, split.imagesFile());
        Path labels = find(directory, split.labelsFile());
        if (images == null || labels == null) {
            throw new DatasetException(directory + " has no " + split.imagesFile() + "[.gz] and "
                    + split.labelsFile() + "[.gz]: an IDX folder needs both files of the " + split + " split");
        }
        int[] labelValues = IdxReader.readLabels(labels);
        return assemble(IdxReader.readImages(images), labelValues, classNames(directory, labelValues), split);
    }

    private static LabelledImages assemble(IdxReader.Images images, int[] labels, List<String> classNames, Split split) {
        if (images.count() != labels.length) {
            throw new DatasetException(split + " split: " + images.count() + " images but " + labels.length
                    + " labels; the files do not belong together");
        }
        List<String> ids = new ArrayList<>(labels.length);
        for (int i = 0; i < labels.length; i++) {
            ids.add(split.idPrefix() + i);
        }
        return new LabelledImages(images.size(), images.pixels(), labels, classNames, ids);
    }

    private static List<String> classNames(Path directory, int[] labels) {
        Path listed = directory.resolve(CLASSES_FILE);
        if (Files.isRegularFile(listed)) {
            try {
                return Files.readAllLines(listed).stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
            } catch (IOException e) {
                throw new DatasetException("cannot read " + listed + ": " + e, e);
            }
        }
        int classes = 1 + java.util.Arrays.stream(labels).max().orElse(0);
        if (classes <= CLASS_NAMES.size()) {
            return CLASS_NAMES;
        }
        List<String> generic = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            generic.add("class-" + c);
        }
        return generic;
    }

    private static Path find(Path directory, String baseName) {
        for (String candidate : List.of(baseName + ".gz", baseName)) {
            Path file = directory.resolve(candidate);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        return null;
    }
}
