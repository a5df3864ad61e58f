package io.shopml.evaluation.bench;

import io.shopml.evaluation.pytorch.PyTorchBenchResult;
import io.shopml.evaluation.pytorch.PyTorchPeer;
import io.shopml.models.forecast.ForecastTranslator;
import io.shopml.models.forecast.ForecasterConfig;
import io.shopml.models.forecast.ForecasterNetwork;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Locale;
import java.util.Optional;

/**
 * Training steps per second of the shopml LSTM forecaster network (DL4J) on random data of the
 * real shapes, and of its twin {@code lstm_train_bench.py} in PyTorch.
 */
public final class ForecasterTrainBench implements TrainBench {

    private final LstmBenchSettings settings;

    public ForecasterTrainBench(LstmBenchSettings settings) {
        if (settings.features() != ForecastTranslator.FEATURES) {
            throw new IllegalArgumentException("the forecaster has " + ForecastTranslator.FEATURES + " features per step");
        }
        this.settings = settings;
    }

    @Override
    public String description() {
        LstmBenchSettings s = settings;
        return String.format(Locale.ROOT, "%d x LSTM(%d), window %d, horizon %d, batch %d, Adam, MSE; "
                + "%d warm-up + %d timed steps", s.layers(), s.units(), s.window(), s.horizon(), s.batch(), s.warmup(),
                s.steps());
    }

    @Override
    public double shopmlStepsPerSecond() {
        return stepsPerSecond(settings);
    }

    @Override
    public Optional<PyTorchBenchResult> peerStepsPerSecond(PyTorchPeer peer) {
        return peer.run(settings);
    }

    /** Timed DL4J steps per second with {@code s}. */
    public static double stepsPerSecond(LstmBenchSettings s) {
        ForecasterConfig config = new ForecasterConfig(s.window(), s.horizon(), s.layers(), s.units(), 1, s.batch(),
                1e-3, 0, 1, 0.9);
        MultiLayerNetwork network = ForecasterNetwork.build(config, 1);
        Nd4j.getRandom().setSeed(1);
        try (INDArray x = Nd4j.rand(new int[] {s.batch(), s.features(), s.window()});
             INDArray y = Nd4j.rand(new int[] {s.batch(), s.horizon()})) {
            DataSet batch = new DataSet(x, y);
            for (int i = 0; i < s.warmup(); i++) {
                network.fit(batch);
            }
            long start = System.nanoTime();
            for (int i = 0; i < s.steps(); i++) {
                network.fit(batch);
            }
            return s.steps() / ((System.nanoTime() - start) / 1e9);
        } finally {
            network.close();
        }
    }

    /** {@code bench train forecaster}: DESIGN.md's reference LSTM, with the options' steps, warm-up and batch. */
    public static final class Provider implements TrainBenchProvider {

        @Override
        public String model() {
            return "forecaster";
        }

        @Override
        public TrainBench create(TrainBenchOptions o) {
            LstmBenchSettings r = LstmBenchSettings.reference(o.threads());
            return new ForecasterTrainBench(new LstmBenchSettings(r.features(), r.window(), r.horizon(), r.units(),
                    r.layers(), o.batch() == 0 ? r.batch() : o.batch(), o.steps(), o.warmup(), o.threads()));
        }
    }
}
