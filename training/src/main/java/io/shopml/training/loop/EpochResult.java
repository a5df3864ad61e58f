package io.shopml.training.loop;

import java.util.Map;

/**
 * What one finished epoch measured; one line of the metrics log. {@code extra} holds the
 * model's own measurements ({@link EpochModel#epochMetrics()}).
 */
public record EpochResult(int epoch, long globalStep, double trainLoss, double validationLoss, double learningRate,
                          boolean improved, double bestValidationLoss, double seconds, Map<String, Double> extra) {

    public EpochResult {
        extra = Map.copyOf(extra);
    }
}
