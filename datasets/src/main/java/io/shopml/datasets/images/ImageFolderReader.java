package io.shopml.datasets.images;

import io.shopml.datasets.DatasetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads a folder of product photos laid out as {@code <root>/<class-name>/<image files>}: each
 * subfolder is a class (classes sorted by name), each PNG/JPEG/GIF/BMP file in it an image of any
 * size, prepared by {@link ImagePreparation} exactly as the server prepares {@code image_bytes}.
 * Image ids are the files' paths relative to the root ({@code sneaker/0042.jpg}).
 *
 * <pre>{@code
 * LabelledImages photos = new ImageFolderReader(new ImagePreparation(28)).read(Path.of("catalogue"));
 * }</pre>
 */
public final class ImageFolderReader {

    private static final List<String> EXTENSIONS = List.of(".png", ".jpg", ".jpeg", ".gif", ".bmp");

    private final ImagePreparation preparation;

    public ImageFolderReader(ImagePreparation preparation) {
        this.preparation = preparation;
    }

    /** Whether {@code root} looks like an image folder: at least one subfolder holding an image file. */
    public static boolean isImageFolder(Path root) {
        try {
            return !classFolders(root).isEmpty() && classFolders(root).stream().anyMatch(dir -> !imageFiles(dir).isEmpty());
        } catch (DatasetException notAFolder) {
            return false;
        }
    }

    /**
     * Reads every image below {@code root}.
     *
     * @throws DatasetException when the root has no class folder, a class folder has no image, or a
     *     file cannot be decoded (naming the file)
     */
    public LabelledImages read(Path root) {
        List<Path> classes = classFolders(root);
        if (classes.isEmpty()) {
            throw new DatasetException(root + " has no class folders; expected <class-name>/<image files> below it");
        }
        List<String> classNames = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<byte[]> images = new ArrayList<>();
        for (Path classFolder : classes) {
            int label = classNames.size();
            classNames.add(classFolder.getFileName().toString());
            List<Path> files = imageFiles(classFolder);
            if (files.isEmpty()) {
                throw new DatasetException("class folder " + classFolder + " holds no PNG/JPEG image");
            }
            for (Path file : files) {
                images.add(prepare(file));
                labels.add(label);
                ids.add(root.relativize(file).toString().replace('\\', '/'));
            }
        }
        int pixelsPerImage = preparation.size() * preparation.size();
        byte[] pixels = new byte[images.size() * pixelsPerImage];
        for (int i = 0; i < images.size(); i++) {
            System.arraycopy(images.get(i), 0, pixels, i * pixelsPerImage, pixelsPerImage);
        }
        return new LabelledImages(preparation.size(), pixels, labels.stream().mapToInt(Integer::intValue).toArray(),
                classNames, ids);
    }

    private byte[] prepare(Path file) {
        try {
            return preparation.prepare(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new DatasetException("cannot read image " + file + ": " + e, e);
        } catch (DatasetException undecodable) {
            throw new DatasetException(file + ": " + undecodable.getMessage(), undecodable);
        }
    }

    private static List<Path> classFolders(Path root) {
        if (!Files.isDirectory(root)) {
            throw new DatasetException(root + " is not a folder");
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory).filter(dir -> !dir.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new DatasetException("cannot list " + root + ": " + e, e);
        }
    }

    private static List<Path> imageFiles(Path classFolder) {
        try (Stream<Path> entries = Files.list(classFolder)) {
            return entries.filter(Files::isRegularFile).filter(ImageFolderReader::hasImageExtension).sorted().toList();
        } catch (IOException e) {
            throw new DatasetException("cannot list " + classFolder + ": " + e, e);
        }
    }

    private static boolean hasImageExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
