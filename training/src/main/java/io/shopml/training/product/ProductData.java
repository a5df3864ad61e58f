package io.shopml.training.product;

import io.shopml.datasets.DatasetException;
import io.shopml.datasets.images.FashionMnist;
import io.shopml.datasets.images.ImageFolderReader;
import io.shopml.datasets.images.ImagePreparation;
import io.shopml.datasets.images.LabelledImages;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The images a product model learns from: the training set (before the validation hold-out), an
 * optional test set, where they came from and their fingerprint.
 *
 * <pre>{@code
 * ProductData bundled = ProductData.bundled();                      // Fashion-MNIST, 60000 + 10000
 * ProductData folder = ProductData.read(Path.of("photos"), 28);     // <class>/<images>, no test set
 * ProductData both = ProductData.read(Path.of("shop"), 28);         // shop/train/<class>/..., shop/test/<class>/...
 * }</pre>
 *
 * @param train  training images, validation is held out of them by {@link ProductSplit}
 * @param test   test images, or {@code null} when the data has none
 * @param source where the data came from
 * @param sha256 hex sha256 over the training pixels and labels
 */
public record ProductData(LabelledImages train, LabelledImages test, String source, String sha256) {

    /** The bundled Fashion-MNIST training and test splits. */
    public static ProductData bundled() {
        LabelledImages train = FashionMnist.load(FashionMnist.Split.TRAIN);
        return new ProductData(train, FashionMnist.load(FashionMnist.Split.TEST), "bundled:fashion-mnist",
                fingerprint(train));
    }

    /**
     * A folder of IDX files named as Fashion-MNIST's (test split used when present), a folder with
     * {@code train/} and {@code test/} folders of {@code <class>/<image files>}, or one folder of
     * {@code <class>/<image files>} (no test set); images are prepared to {@code inputSize} pixels.
     *
     * @throws DatasetException when the folder is neither
     */
    public static ProductData read(Path directory, int inputSize) {
        if (FashionMnist.isIdxFolder(directory, FashionMnist.Split.TRAIN)) {
            LabelledImages train = FashionMnist.read(directory, FashionMnist.Split.TRAIN);
            if (train.size() != inputSize) {
                throw new DatasetException(directory + " holds " + train.size() + "x" + train.size()
                        + " images, but the model input is " + inputSize + "x" + inputSize);
            }
            LabelledImages test = FashionMnist.isIdxFolder(directory, FashionMnist.Split.TEST)
                    ? FashionMnist.read(directory, FashionMnist.Split.TEST) : null;
            return new ProductData(train, test, directory.toString(), fingerprint(train));
        }
        Path trainFolder = directory.resolve("train");
        Path testFolder = directory.resolve("test");
        if (ImageFolderReader.isImageFolder(trainFolder) && ImageFolderReader.isImageFolder(testFolder)) {
            ImageFolderReader reader = new ImageFolderReader(new ImagePreparation(inputSize));
            LabelledImages train = reader.read(trainFolder);
            LabelledImages test = reader.read(testFolder);
            if (!train.classNames().equals(test.classNames())) {
                throw new DatasetException(testFolder + " has classes " + test.classNames() + " but " + trainFolder
                        + " has " + train.classNames() + "; both need the same <class-name> folders");
            }
            return new ProductData(train, test, directory.toString(), fingerprint(train));
        }
        if (ImageFolderReader.isImageFolder(directory)) {
            LabelledImages train = new ImageFolderReader(new ImagePreparation(inputSize)).read(directory);
            return new ProductData(train, null, directory.toString(), fingerprint(train));
        }
        throw new DatasetException(directory + " is neither a folder of Fashion-MNIST-style IDX files "
                + "(train-images-idx3-ubyte[.gz], train-labels-idx1-ubyte[.gz]) nor of <class-name>/<image files> "
                + "(nor of train/ and test/ folders of them)");
    }

    /** Hex sha256 over the pixels, labels and class names of {@code images}. */
    public static String fingerprint(LabelledImages images) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(images.pixels());
            ByteBuffer labels = ByteBuffer.allocate(images.count() * Integer.BYTES);
            labels.asIntBuffer().put(images.labels());
            digest.update(labels.array());
            digest.update(String.join("\n", images.classNames()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
