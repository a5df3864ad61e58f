package io.shopml.evaluation.bench;

import io.shopml.models.forecast.ForecastTranslator;
import io.shopml.models.forecast.ForecasterConfig;
import io.shopml.models.forecast.ForecasterNetwork;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** Training steps per second of the shopml LSTM forecaster network (DL4J) on random data. */
public final class ForecasterTrainBench {

    private ForecasterTrainBench() {
    }

    public static double stepsPerSecond(LstmBenchSettings s) {
        if (s.features() != ForecastTranslator.FEATURES) {
            throw new IllegalArgumentException("the forecaster has " + ForecastTranslator.FEATURES + " features per step");
        }
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
}
