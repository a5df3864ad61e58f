package io.shopml.training.loop;

/**
 * How long and how carefully to train.
 *
 * @param maxEpochs    epochs to run unless early stopping ends sooner
 * @param patience     epochs without a better validation loss before stopping
 * @param peakLearningRate peak of the warm-up + cosine schedule
 * @param warmupEpochs epochs of linear warm-up
 * @param minDelta     relative improvement that counts as better (guards against noise)
 */
public record TrainingSettings(int maxEpochs, int patience, double peakLearningRate, int warmupEpochs,
                               double minDelta) {

    public TrainingSettings {
        if (maxEpochs < 1) {
            throw new IllegalArgumentException("epochs must be positive, got " + maxEpochs);
        }
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be positive, got " + patience);
        }
    }

    public TrainingSettings(int maxEpochs, int patience, double peakLearningRate, int warmupEpochs) {
        this(maxEpochs, patience, peakLearningRate, warmupEpochs, 1e-4);
    }

    LearningRateSchedule schedule(int stepsPerEpoch) {
        long total = (long) maxEpochs * stepsPerEpoch;
        long warmup = Math.min(total, (long) warmupEpochs * stepsPerEpoch);
        return LearningRateSchedule.warmupCosine(peakLearningRate, warmup, total);
    }
}
