package io.shopml.models.forecast;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every hyper-parameter of the forecaster, declared once. CLI flags, the training loop and the
 * manifest's provenance all read them from here.
 *
 * @param window        input length in periods (the model sees this many recent values)
 * @param horizon       periods forecast at once (multi-step output)
 * @param layers        stacked LSTM layers
 * @param units         units per LSTM layer
 * @param epochs        maximum epochs (early stopping may end sooner)
 * @param batchSize     windows per training step
 * @param learningRate  peak Adam learning rate (after warm-up, before cosine decay)
 * @param warmupEpochs  epochs of linear learning-rate warm-up
 * @param patience      epochs without validation improvement before early stopping
 * @param intervalLevel nominal coverage of the prediction interval, e.g. 0.9
 */
public record ForecasterConfig(int window, int horizon, int layers, int units, int epochs, int batchSize,
                               double learningRate, int warmupEpochs, int patience, double intervalLevel) {

    public ForecasterConfig {
        require(window >= 2, "window must be at least 2, got " + window);
        require(horizon >= 1, "horizon must be at least 1, got " + horizon);
        require(layers >= 1 && layers <= 8, "layers must be 1..8, got " + layers);
        require(units >= 1, "units must be positive, got " + units);
        require(epochs >= 1, "epochs must be positive, got " + epochs);
        require(batchSize >= 1, "batch size must be positive, got " + batchSize);
        require(learningRate > 0 && learningRate < 1, "learning rate must be in (0, 1), got " + learningRate);
        require(warmupEpochs >= 0, "warm-up epochs must be >= 0, got " + warmupEpochs);
        require(patience >= 1, "patience must be positive, got " + patience);
        require(intervalLevel > 0 && intervalLevel < 1, "interval level must be in (0, 1), got " + intervalLevel);
    }

    /** The full recipe: the one whose quality docs/forecaster.md reports. */
    public static ForecasterConfig fullRecipe(int horizon) {
        return new ForecasterConfig(24, horizon, 2, 64, 300, 32, 3e-3, 5, 40, 0.9);
    }

    /** The short recipe quickstart uses: trains in well under a minute on 2 cores. */
    public static ForecasterConfig quickRecipe(int horizon) {
        return new ForecasterConfig(24, horizon, 1, 32, 60, 32, 5e-3, 3, 15, 0.9);
    }

    public ForecasterConfig withEpochs(int newEpochs) {
        return new ForecasterConfig(window, horizon, layers, units, newEpochs, batchSize, learningRate,
                warmupEpochs, patience, intervalLevel);
    }

    public ForecasterConfig withWindow(int newWindow) {
        return new ForecasterConfig(newWindow, horizon, layers, units, epochs, batchSize, learningRate,
                warmupEpochs, patience, intervalLevel);
    }

    public ForecasterConfig withArchitecture(int newLayers, int newUnits) {
        return new ForecasterConfig(window, horizon, newLayers, newUnits, epochs, batchSize, learningRate,
                warmupEpochs, patience, intervalLevel);
    }

    /** Hyper-parameters as a plain map for the manifest's provenance. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("window", window);
        map.put("horizon", horizon);
        map.put("layers", layers);
        map.put("units", units);
        map.put("epochs", epochs);
        map.put("batchSize", batchSize);
        map.put("learningRate", learningRate);
        map.put("warmupEpochs", warmupEpochs);
        map.put("patience", patience);
        map.put("intervalLevel", intervalLevel);
        return map;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
