package io.shopml.models.product;

import io.shopml.datasets.images.PixelStatistics;
import java.util.List;

/**
 * What the product model needs besides its weights, stored in the manifest's
 * {@code preprocessing}: the input size, the architecture to rebuild the network before loading
 * its weights, the pixel statistics of the training set, and the class names in label order.
 *
 * @param inputSize      width and height of the model input in pixels
 * @param width          channels of the first stage
 * @param blocksPerStage residual blocks per stage
 * @param pixels         normalisation fitted on the training images
 * @param classNames     category names, index = label
 */
public record ProductPreprocessing(int inputSize, int width, List<Integer> blocksPerStage, PixelStatistics pixels,
                                   List<String> classNames) {

    /** Keeps unmodifiable copies and checks there is something to classify. */
    public ProductPreprocessing {
        blocksPerStage = List.copyOf(blocksPerStage);
        classNames = List.copyOf(classNames);
        if (classNames.size() < 2) {
            throw new IllegalArgumentException("a product model needs at least 2 classes, got " + classNames);
        }
    }

    /** The preprocessing of a model trained with {@code config} on images with these statistics and classes. */
    public static ProductPreprocessing of(ProductConfig config, PixelStatistics pixels, List<String> classNames) {
        return new ProductPreprocessing(config.inputSize(), config.width(), config.blocksPerStage(), pixels, classNames);
    }

    /** Length of the embedding. */
    public int embeddingSize() {
        return width << (blocksPerStage.size() - 1);
    }

    /** Pixels per image. */
    public int pixelsPerImage() {
        return inputSize * inputSize;
    }
}
