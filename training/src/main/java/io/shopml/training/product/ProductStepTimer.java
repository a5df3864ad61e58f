package io.shopml.training.product;

import io.shopml.datasets.images.FashionMnist;
import io.shopml.datasets.images.LabelledImages;
import io.shopml.datasets.images.PixelStatistics;
import io.shopml.models.product.ProductConfig;
import io.shopml.models.product.ProductPreprocessing;
import io.shopml.models.product.ProductTranslator;
import java.util.Map;

/**
 * Times the product ResNet's training step exactly as training runs it ({@link ProductEpochModel}:
 * pixels encoded in Java, SGD with momentum and weight decay, a child NDManager per batch) on
 * bundled Fashion-MNIST images, for {@code shopml bench train product}. Augmentation is switched
 * off so the step matches its PyTorch twin, which trains on ready tensors.
 *
 * <pre>{@code
 * ProductStepTimer.Result result = ProductStepTimer.measure(ProductConfig.fullRecipe(), 20, 3, 1);
 * }</pre>
 */
public final class ProductStepTimer {

    private ProductStepTimer() {
    }

    /**
     * Steps per second and where a step's time goes.
     *
     * @param stepsPerSecond timed steps over their wall time
     * @param phasesMs       mean milliseconds per step of each phase (see {@link StepPhases})
     */
    public record Result(double stepsPerSecond, Map<String, Double> phasesMs) {
    }

    /**
     * @param config the network's shape and batch size; its augmentation is ignored
     * @param steps  timed optimizer steps
     * @param warmup untimed steps first
     */
    public static Result measure(ProductConfig config, int steps, int warmup, long seed) {
        ProductConfig plain = new ProductConfig(config.inputSize(), config.width(), config.blocksPerStage(), 1,
                config.batchSize(), config.learningRate(), config.momentum(), config.weightDecay(), 0, 1, 0, false, 0,
                1);
        LabelledImages train = FashionMnist.load(FashionMnist.Split.TRAIN).firstPerClass(plain.batchSize());
        LabelledImages validation = FashionMnist.load(FashionMnist.Split.TEST).firstPerClass(1);
        ProductTranslator translator = new ProductTranslator(ProductPreprocessing.of(plain, PixelStatistics.fit(train),
                train.classNames()));
        try (ProductEpochModel model = new ProductEpochModel(plain, seed, translator, train, validation)) {
            model.startEpoch(0);
            int perEpoch = model.stepsPerEpoch();
            for (int i = 0; i < warmup; i++) {
                model.trainStep(i % perEpoch, plain.learningRate());
            }
            StepPhases phases = new StepPhases();
            model.recordPhases(phases);
            long start = System.nanoTime();
            for (int i = 0; i < steps; i++) {
                model.trainStep((warmup + i) % perEpoch, plain.learningRate());
            }
            return new Result(steps / ((System.nanoTime() - start) / 1e9), phases.perStepMs());
        }
    }
}
