package io.shopml.datasets.images;

import io.shopml.datasets.DatasetException;
import java.util.Arrays;
import java.util.List;

/**
 * A set of square greyscale images of one size with their class labels: what every image reader
 * returns and what the product trainer consumes. Pixels are unsigned bytes (0 black .. 255
 * white), row-major, one image after another, so 60000 Fashion-MNIST images take 47 MB of heap
 * and no native memory.
 *
 * <pre>{@code
 * LabelledImages train = FashionMnist.load(FashionMnist.Split.TRAIN);
 * byte[] first = train.image(0);            // 28 x 28 pixels
 * String category = train.className(train.label(0));
 * LabelledImages sample = train.subset(new int[] {0, 1, 2});
 * }</pre>
 *
 * @param size       width and height in pixels
 * @param pixels     {@code count * size * size} pixels, image by image
 * @param labels     class index of each image
 * @param classNames class name of each class index
 * @param ids        a stable id of each image (e.g. {@code train-17} or a file path), used by similar-product search
 */
public record LabelledImages(int size, byte[] pixels, int[] labels, List<String> classNames, List<String> ids) {

    /** Checks that pixels, labels and ids agree in count and that every label names a class. */
    public LabelledImages {
        if (size < 1) {
            throw new DatasetException("image size is " + size + ", expected >= 1");
        }
        classNames = List.copyOf(classNames);
        ids = List.copyOf(ids);
        long pixelsPerImage = (long) size * size;
        if (pixels.length != labels.length * pixelsPerImage || ids.size() != labels.length) {
            throw new DatasetException(labels.length + " labels, " + ids.size() + " ids and " + pixels.length
                    + " pixels do not describe the same number of " + size + "x" + size + " images");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classNames.size()) {
                throw new DatasetException("image " + ids.get(i) + " has label " + labels[i] + ", expected 0.."
                        + (classNames.size() - 1) + " (" + classNames.size() + " classes)");
            }
        }
    }

    /** Number of images. */
    public int count() {
        return labels.length;
    }

    /** Pixels per image: {@code size * size}. */
    public int pixelsPerImage() {
        return size * size;
    }

    /** A copy of image {@code index}'s pixels. */
    public byte[] image(int index) {
        int n = pixelsPerImage();
        return Arrays.copyOfRange(pixels, index * n, (index + 1) * n);
    }

    /** Class index of image {@code index}. */
    public int label(int index) {
        return labels[index];
    }

    /** The name of class {@code label}. */
    public String className(int label) {
        return classNames.get(label);
    }

    /** The images at these positions, in this order. */
    public LabelledImages subset(int[] indices) {
        int n = pixelsPerImage();
        byte[] subsetPixels = new byte[indices.length * n];
        int[] subsetLabels = new int[indices.length];
        String[] subsetIds = new String[indices.length];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(pixels, indices[i] * n, subsetPixels, i * n, n);
            subsetLabels[i] = labels[indices[i]];
            subsetIds[i] = ids.get(indices[i]);
        }
        return new LabelledImages(size, subsetPixels, subsetLabels, classNames, List.of(subsetIds));
    }

    /** The first {@code limit} images of each class, keeping the original order; handy for quick recipes. */
    public LabelledImages firstPerClass(int limit) {
        int[] taken = new int[classNames.size()];
        int[] chosen = new int[count()];
        int kept = 0;
        for (int i = 0; i < count(); i++) {
            if (taken[labels[i]] < limit) {
                taken[labels[i]]++;
                chosen[kept++] = i;
            }
        }
        return subset(Arrays.copyOf(chosen, kept));
    }

    /** Images per class, indexed by label. */
    public int[] classCounts() {
        int[] counts = new int[classNames.size()];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    @Override
    public byte[] pixels() {
        return pixels.clone();
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelledImages that && size == that.size && Arrays.equals(pixels, that.pixels)
                && Arrays.equals(labels, that.labels) && classNames.equals(that.classNames) && ids.equals(that.ids);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(labels) + size;
    }

    @Override
    public String toString() {
        return "LabelledImages[" + count() + " images " + size + "x" + size + ", classes=" + classNames + "]";
    }
}
