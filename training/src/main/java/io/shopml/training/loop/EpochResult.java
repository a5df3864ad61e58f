package io.shopml.training.loop;

/** What one finished epoch measured; one line of the metrics log. */
public record EpochResult(int epoch, long globalStep, double trainLoss, double validationLoss, double learningRate,
                          boolean improved, double bestValidationLoss, double seconds) {
}
