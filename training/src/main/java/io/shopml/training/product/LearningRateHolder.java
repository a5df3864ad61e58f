package io.shopml.training.product;

import ai.djl.training.tracker.Tracker;

/**
 * Hands the shared loop's per-step learning rate to DJL's optimizer, which asks a {@link Tracker}:
 * the schedule stays in {@code TrainingLoop}, in one place for every model.
 */
final class LearningRateHolder implements Tracker {

    private volatile float current;

    void set(double learningRate) {
        current = (float) learningRate;
    }

    @Override
    public float getNewValue(int numUpdate) {
        return current;
    }
}
