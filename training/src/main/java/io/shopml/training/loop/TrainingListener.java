package io.shopml.training.loop;

/** Observes a training run; progress display and logs plug in here, not into the loop. */
public interface TrainingListener {

    /** Called once before the first epoch that runs (after a resume, the epoch it continues at). */
    default void onTrainingStart(int firstEpoch, int maxEpochs, int stepsPerEpoch) {
    }

    default void onStep(int epoch, int step, double loss) {
    }

    default void onEpochEnd(EpochResult result) {
    }

    default void onTrainingEnd(TrainingOutcome outcome) {
    }
}
