package io.shopml.training.product;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import io.shopml.datasets.images.Augmentation;
import io.shopml.datasets.images.LabelledImages;
import io.shopml.models.product.ProductConfig;
import io.shopml.models.product.ProductNetwork;
import io.shopml.models.product.ProductTranslator;
import io.shopml.training.loop.EpochModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The product ResNet as the shared training loop drives it, on DJL's PyTorch engine: SGD with
 * momentum and weight decay at the loop's learning rate, He-initialised weights, augmented
 * batches built in Java from the seed, the epoch and the step (a resumed run sees the same
 * images), and one child {@link NDManager} per batch so no native tensor outlives its step.
 *
 * <p>A checkpoint holds the weights and batch-normalisation statistics; DJL does not expose the
 * optimizer's momentum buffers, so a resumed run restarts momentum (it rebuilds within a few
 * dozen steps).
 */
final class ProductEpochModel implements EpochModel, AutoCloseable {

    private final ProductConfig config;
    private final long seed;
    private final ProductTranslator translator;
    private final LabelledImages train;
    private final LabelledImages validation;
    private final Augmentation augmentation;
    private final LearningRateHolder learningRate = new LearningRateHolder();
    private Model model;
    private Trainer trainer;
    private ProductNetwork network;
    private int[] order;
    private int epoch;
    private StepPhases phases;

    ProductEpochModel(ProductConfig config, long seed, ProductTranslator translator, LabelledImages train,
                      LabelledImages validation) {
        this.config = config;
        this.seed = seed;
        this.translator = translator;
        this.train = train;
        this.validation = validation;
        this.augmentation = new Augmentation(config.padding(), config.horizontalFlip());
        this.order = identity(train.count());
        Engine.getEngine("PyTorch").setRandomSeed((int) seed);
        start(null);
    }

    @Override
    public int stepsPerEpoch() {
        return train.count() / config.batchSize();  // full batches only: batch normalisation dislikes tiny ones
    }

    @Override
    public void startEpoch(int epochNumber) {
        epoch = epochNumber;
        order = identity(order.length);
        Random random = new Random(seed * 1_000_003L + epochNumber);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** Records where each following training step spends its time into {@code phases}. */
    void recordPhases(StepPhases phases) {
        this.phases = phases;
    }

    @Override
    public double trainStep(int step, double rate) {
        long start = System.nanoTime();
        learningRate.set(rate);
        Random random = new Random((seed * 1_000_003L + epoch) * 1_000_033L + step);
        List<byte[]> images = new ArrayList<>(config.batchSize());
        float[] labels = new float[config.batchSize()];
        for (int i = 0; i < config.batchSize(); i++) {
            int index = order[step * config.batchSize() + i];
            byte[] image = train.image(index);
            images.add(augmentation.isIdentity() ? image : augmentation.apply(image, train.size(), random));
            labels[i] = train.label(index);
        }
        float loss;
        long forwarded;
        long backwarded;
        long encoded;
        try (NDManager batch = trainer.getManager().newSubManager()) {
            NDArray input = translator.encode(batch, images);
            NDArray target = batch.create(labels);
            encoded = System.nanoTime();
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDList outputs = trainer.forward(new NDList(input));
                NDArray lossValue = trainer.getLoss().evaluate(new NDList(target), new NDList(outputs.get(0)));
                loss = lossValue.getFloat();
                forwarded = System.nanoTime();
                collector.backward(lossValue);
                backwarded = System.nanoTime();
            }
            trainer.step();
        }
        if (phases != null) {
            long end = System.nanoTime();
            phases.add(encoded - start, forwarded - encoded, backwarded - forwarded, end - backwarded);
        }
        return loss;
    }

    @Override
    public double validationLoss() {
        double total = 0;
        int batchSize = 256;
        for (int from = 0; from < validation.count(); from += batchSize) {
            int to = Math.min(validation.count(), from + batchSize);
            List<byte[]> images = new ArrayList<>(to - from);
            float[] labels = new float[to - from];
            for (int i = from; i < to; i++) {
                images.add(validation.image(i));
                labels[i - from] = validation.label(i);
            }
            try (NDManager batch = trainer.getManager().newSubManager()) {
                NDList outputs = trainer.evaluate(new NDList(translator.encode(batch, images)));
                NDArray loss = trainer.getLoss().evaluate(new NDList(batch.create(labels)), new NDList(outputs.get(0)));
                total += loss.getFloat() * (to - from);
            }
        }
        return total / validation.count();
    }

    @Override
    public void saveCheckpoint(Path directory) {
        network.save(directory.resolve(ProductNetwork.PARAMETERS_FILE));
    }

    @Override
    public void restoreCheckpoint(Path directory) {
        start(directory.resolve(ProductNetwork.PARAMETERS_FILE));
    }

    @Override
    public void close() {
        trainer.close();
        model.close();
    }

    /** A fresh model and trainer; with {@code weights}, loaded from them before the trainer attaches gradients. */
    private void start(Path weights) {
        if (trainer != null) {
            close();
        }
        int classes = translator.preprocessing().classNames().size();
        network = ProductNetwork.create(config, classes);
        model = Model.newInstance("product-resnet", Device.cpu(), "PyTorch");
        model.setBlock(network);
        if (weights != null) {
            network.initialize(model.getNDManager(), ai.djl.ndarray.types.DataType.FLOAT32,
                    ProductNetwork.inputShape(config.inputSize(), config.batchSize()));
            network.load(model.getNDManager(), weights);
        }
        DefaultTrainingConfig trainingConfig = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                .optOptimizer(Optimizer.sgd()
                        .setLearningRateTracker(learningRate)
                        .optMomentum((float) config.momentum())
                        .optWeightDecays((float) config.weightDecay())
                        .build())
                .optInitializer(new XavierInitializer(XavierInitializer.RandomType.GAUSSIAN,
                        XavierInitializer.FactorType.IN, 2), Parameter.Type.WEIGHT);
        trainer = model.newTrainer(trainingConfig);
        trainer.initialize(ProductNetwork.inputShape(config.inputSize(), config.batchSize()));
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }
}
