package io.shopml.training.forecast;

import io.shopml.gpuconfig.DeviceConfig;
import io.shopml.models.forecast.ForecastTranslator;
import io.shopml.models.forecast.ForecasterConfig;
import io.shopml.models.forecast.ForecasterNetwork;
import io.shopml.training.loop.EpochModel;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.nio.file.Path;
import java.util.Random;

/**
 * The forecaster as the training loop drives it: the whole (small) training set lives in two
 * arrays; each epoch visits it in a permutation derived from the seed and the epoch number, so a
 * resumed run sees exactly the batches an uninterrupted run would.
 */
final class ForecasterEpochModel implements EpochModel {

    private static final String CHECKPOINT_FILE = "model.zip";

    private final ForecasterConfig config;
    private final long seed;
    private final INDArray trainInputs;
    private final INDArray trainTargets;
    private final DataSet validation;
    private MultiLayerNetwork network;
    private int[] order;

    ForecasterEpochModel(ForecasterConfig config, long seed, ForecastTranslator translator,
                         ForecastWindows train, ForecastWindows validation) {
        this.config = config;
        this.seed = seed;
        this.trainInputs = translator.encodeInputs(train.inputs());
        this.trainTargets = translator.encodeTargets(train.inputs(), train.targets());
        this.validation = new DataSet(translator.encodeInputs(validation.inputs()),
                translator.encodeTargets(validation.inputs(), validation.targets()));
        this.network = DeviceConfig.current().configure(ForecasterNetwork.build(config, seed));
        this.order = identity(train.size());
    }

    MultiLayerNetwork network() {
        return network;
    }

    @Override
    public int stepsPerEpoch() {
        return (order.length + config.batchSize() - 1) / config.batchSize();
    }

    @Override
    public void startEpoch(int epoch) {
        order = identity(order.length);
        Random random = new Random(seed * 1_000_003L + epoch);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    @Override
    public double trainStep(int step, double learningRate) {
        int from = step * config.batchSize();
        int to = Math.min(order.length, from + config.batchSize());
        long[] rows = new long[to - from];
        for (int i = from; i < to; i++) {
            rows[i - from] = order[i];
        }
        try (INDArray x = trainInputs.get(NDArrayIndex.indices(rows), NDArrayIndex.all(), NDArrayIndex.all()).dup();
             INDArray y = trainTargets.get(NDArrayIndex.indices(rows), NDArrayIndex.all()).dup()) {
            network.setLearningRate(learningRate);
            network.fit(new DataSet(x, y));
            return network.score();
        }
    }

    @Override
    public double validationLoss() {
        return network.score(validation, false);
    }

    @Override
    public void saveCheckpoint(Path directory) {
        ForecasterNetwork.save(network, directory.resolve(CHECKPOINT_FILE));
    }

    @Override
    public void restoreCheckpoint(Path directory) {
        network = DeviceConfig.current().configure(ForecasterNetwork.load(directory.resolve(CHECKPOINT_FILE), true));
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }
}
