package io.shopml.training.sentiment;

import ai.djl.training.tracker.Tracker;

/**
 * A DJL learning-rate tracker that the shared training loop sets before every step, so DJL's
 * Adam follows the loop's warm-up + cosine schedule instead of a schedule of its own.
 */
final class AdjustableLearningRate implements Tracker {

    private volatile float rate;

    void set(double learningRate) {
        this.rate = (float) learningRate;
    }

    @Override
    public float getNewValue(int numUpdate) {
        return rate;
    }
}
