package io.shopml.models.product;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every hyper-parameter of the product recogniser, declared once: CLI flags, the trainer and the
 * manifest's provenance all read them from here.
 *
 * <p>The network is a CIFAR-style ResNet: a 3x3 stem of {@code width} channels, then one stage per
 * entry of {@code blocksPerStage}, each doubling the channels and halving the resolution (but the
 * first), global average pooling and a linear softmax head. The pooled vector, {@code width *
 * 2^(stages-1)} wide, is the product embedding.
 *
 * @param inputSize        width and height of the input images in pixels
 * @param width            channels of the stem and the first stage
 * @param blocksPerStage   residual blocks in each stage
 * @param epochs           maximum epochs (early stopping may end sooner)
 * @param batchSize        images per training step
 * @param learningRate     peak SGD learning rate (after warm-up, before cosine decay)
 * @param momentum         SGD momentum
 * @param weightDecay      L2 weight decay
 * @param warmupEpochs     epochs of linear learning-rate warm-up
 * @param patience         epochs without validation improvement before early stopping
 * @param padding          augmentation: zero padding before the random crop (0: no crop)
 * @param horizontalFlip   augmentation: random left-right flips
 * @param imagesPerClass   training images per class to use (0: all); quick recipes train on a subset
 * @param validationPerClass images per class held out of the training set for validation
 */
public record ProductConfig(int inputSize, int width, List<Integer> blocksPerStage, int epochs, int batchSize,
                            double learningRate, double momentum, double weightDecay, int warmupEpochs, int patience,
                            int padding, boolean horizontalFlip, int imagesPerClass, int validationPerClass) {

    /** Validates every value and keeps an unmodifiable copy of the stages. */
    public ProductConfig {
        blocksPerStage = List.copyOf(blocksPerStage);
        require(inputSize >= 8, "input size must be at least 8 pixels, got " + inputSize);
        require(width >= 1, "width must be positive, got " + width);
        require(!blocksPerStage.isEmpty() && blocksPerStage.size() <= 5, "stages must be 1..5, got " + blocksPerStage);
        require(blocksPerStage.stream().allMatch(b -> b >= 1), "every stage needs at least 1 block, got " + blocksPerStage);
        require(epochs >= 1, "epochs must be positive, got " + epochs);
        require(batchSize >= 2, "batch size must be at least 2 (batch normalisation), got " + batchSize);
        require(learningRate > 0 && learningRate < 10, "learning rate must be in (0, 10), got " + learningRate);
        require(momentum >= 0 && momentum < 1, "momentum must be in [0, 1), got " + momentum);
        require(weightDecay >= 0, "weight decay must be >= 0, got " + weightDecay);
        require(warmupEpochs >= 0, "warm-up epochs must be >= 0, got " + warmupEpochs);
        require(patience >= 1, "patience must be positive, got " + patience);
        require(padding >= 0 && padding < inputSize, "padding must be in 0.." + (inputSize - 1) + ", got " + padding);
        require(imagesPerClass >= 0, "images per class must be >= 0 (0: all), got " + imagesPerClass);
        require(validationPerClass >= 1, "validation images per class must be positive, got " + validationPerClass);
    }

    /**
     * The full recipe, the one docs/product.md reports: 3 residual blocks in 3 stages of 32, 64 and
     * 128 channels, 16 epochs of SGD with momentum (warm-up, cosine decay) on the 55000 training
     * images, random crops after 2-pixel padding and flips. About an hour on 2 CPU cores; the
     * 6-block, 30-epoch variant (--blocks 2,2,2 --epochs 30) takes about four.
     */
    public static ProductConfig fullRecipe() {
        return new ProductConfig(28, 32, List.of(1, 1, 1), 16, 128, 0.1, 0.9, 5e-4, 1, 8, 2, true, 0, 500);
    }

    /** The short recipe quickstart uses: 3 blocks of 16, 32 and 64 channels on 3000 images; a minute or two. */
    public static ProductConfig quickRecipe() {
        return new ProductConfig(28, 16, List.of(1, 1, 1), 8, 64, 0.05, 0.9, 5e-4, 1, 4, 2, true, 300, 50);
    }

    /** This configuration with another epoch budget. */
    public ProductConfig withEpochs(int newEpochs) {
        return new ProductConfig(inputSize, width, blocksPerStage, newEpochs, batchSize, learningRate, momentum,
                weightDecay, warmupEpochs, patience, padding, horizontalFlip, imagesPerClass, validationPerClass);
    }

    /** This configuration with another architecture. */
    public ProductConfig withArchitecture(int newWidth, List<Integer> newBlocksPerStage) {
        return new ProductConfig(inputSize, newWidth, newBlocksPerStage, epochs, batchSize, learningRate, momentum,
                weightDecay, warmupEpochs, patience, padding, horizontalFlip, imagesPerClass, validationPerClass);
    }

    /** This configuration with another training subset size. */
    public ProductConfig withSubset(int newImagesPerClass, int newValidationPerClass) {
        return new ProductConfig(inputSize, width, blocksPerStage, epochs, batchSize, learningRate, momentum,
                weightDecay, warmupEpochs, patience, padding, horizontalFlip, newImagesPerClass, newValidationPerClass);
    }

    /** Length of the embedding: the channels of the last stage. */
    public int embeddingSize() {
        return width << (blocksPerStage.size() - 1);
    }

    /** Hyper-parameters as a plain map for the manifest's provenance. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("inputSize", inputSize);
        map.put("width", width);
        map.put("blocksPerStage", blocksPerStage);
        map.put("epochs", epochs);
        map.put("batchSize", batchSize);
        map.put("learningRate", learningRate);
        map.put("momentum", momentum);
        map.put("weightDecay", weightDecay);
        map.put("warmupEpochs", warmupEpochs);
        map.put("patience", patience);
        map.put("padding", padding);
        map.put("horizontalFlip", horizontalFlip);
        map.put("imagesPerClass", imagesPerClass);
        map.put("validationPerClass", validationPerClass);
        return map;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
