package io.shopml.evaluation.bench;

import io.shopml.evaluation.pytorch.PyTorchBenchResult;
import io.shopml.evaluation.pytorch.PyTorchPeer;
import io.shopml.models.product.ProductConfig;
import io.shopml.training.product.ProductStepTimer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Training steps per second of the shopml product ResNet (DJL, PyTorch engine) on bundled
 * Fashion-MNIST batches, and of its twin {@code resnet_train_bench.py} in PyTorch with the same
 * blocks, widths, batch and optimizer; images per second is steps per second times the batch.
 */
public final class ProductTrainBench implements TrainBench {

    static final String PEER_SCRIPT = "resnet_train_bench.py";
    private static final int CLASSES = 10;
    private static final long SEED = 1;

    private final ProductConfig config;
    private final int steps;
    private final int warmup;
    private final int threads;
    private Map<String, Double> phasesMs = Map.of();

    public ProductTrainBench(ProductConfig config, int steps, int warmup, int threads) {
        this.config = config;
        this.steps = steps;
        this.warmup = warmup;
        this.threads = threads;
    }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "ResNet %s blocks from %d channels (embedding %d), %dx%d grey images, "
                        + "batch %d, SGD momentum %.1f, cross-entropy; %d warm-up + %d timed steps",
                config.blocksPerStage(), config.width(), config.embeddingSize(), config.inputSize(),
                config.inputSize(), config.batchSize(), config.momentum(), warmup, steps);
    }

    @Override
    public double shopmlStepsPerSecond() {
        ProductStepTimer.Result result = ProductStepTimer.measure(config, steps, warmup, SEED);
        phasesMs = result.phasesMs();
        return result.stepsPerSecond();
    }

    @Override
    public Map<String, Double> shopmlPhasesMs() {
        return phasesMs;
    }

    @Override
    public Optional<PyTorchBenchResult> peerStepsPerSecond(PyTorchPeer peer) {
        return peer.run(PEER_SCRIPT, List.of("--size", Integer.toString(config.inputSize()),
                "--width", Integer.toString(config.width()),
                "--blocks", config.blocksPerStage().stream().map(String::valueOf).collect(Collectors.joining(",")),
                "--classes", Integer.toString(CLASSES), "--batch", Integer.toString(config.batchSize()),
                "--steps", Integer.toString(steps), "--warmup", Integer.toString(warmup),
                "--threads", Integer.toString(threads), "--lr", Double.toString(config.learningRate()),
                "--seed", Long.toString(SEED)));
    }

    /**
     * {@code bench train product}: the full recipe's ResNet, batch 128 (options' batch
     * overrides it). DJL's PyTorch engine takes its thread count from {@code OMP_NUM_THREADS} at
     * start-up; run with the same value as {@code --threads} so both sides use as many cores.
     */
    public static final class Provider implements TrainBenchProvider {

        @Override
        public String model() {
            return "product";
        }

        @Override
        public TrainBench create(TrainBenchOptions o) {
            ProductConfig f = ProductConfig.fullRecipe();
            ProductConfig config = o.batch() == 0 ? f : new ProductConfig(f.inputSize(), f.width(), f.blocksPerStage(),
                    f.epochs(), o.batch(), f.learningRate(), f.momentum(), f.weightDecay(), f.warmupEpochs(),
                    f.patience(), f.padding(), f.horizontalFlip(), f.imagesPerClass(), f.validationPerClass());
            return new ProductTrainBench(config, o.steps(), o.warmup(), o.threads());
        }
    }
}
