package io.shopml.models.forecast;

import io.shopml.models.artifact.ModelArtifact;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.util.List;

/**
 * A forecaster version loaded from a verified artifact, ready to predict; used by the server and
 * by evaluation alike. DL4J networks are not thread-safe, so predictions take turns. Close it to
 * release the network's native memory.
 */
public final class LoadedForecaster implements AutoCloseable {

    private final MultiLayerNetwork network;
    private final ForecastTranslator translator;

    public LoadedForecaster(MultiLayerNetwork network, ForecastPreprocessing preprocessing) {
        this.network = network;
        this.translator = new ForecastTranslator(preprocessing);
    }

    public static LoadedForecaster load(ModelArtifact artifact) {
        ForecastPreprocessing preprocessing = artifact.manifest().preprocessing(ForecastPreprocessing.class);
        MultiLayerNetwork network = ForecasterNetwork.load(artifact.file(ForecasterNetwork.MODEL_FILE), false);
        return new LoadedForecaster(network, preprocessing);
    }

    public ForecastPreprocessing preprocessing() {
        return translator.preprocessing();
    }

    public List<PointAndInterval> predict(List<HistoryWindow> windows) {
        synchronized (network) {
            return translator.predict(network, windows);
        }
    }

    @Override
    public void close() {
        synchronized (network) {
            network.close();
        }
    }
}
