package io.shopml.training.loop;

import java.nio.file.Path;
import java.util.Map;

/**
 * One model as the training loop sees it: steps within epochs, a validation loss, and a
 * checkpoint that holds everything needed to continue (weights and optimizer state).
 * Implementations shuffle deterministically from the seed and epoch so that a resumed run sees
 * the same batches as an uninterrupted one.
 */
public interface EpochModel {

    /** Training steps (batches) in one epoch. */
    int stepsPerEpoch();

    /** Prepares epoch {@code epoch} (0-based), e.g. shuffles batches with a seed derived from it. */
    void startEpoch(int epoch);

    /** Runs one optimizer step on batch {@code step} at {@code learningRate}; returns its loss. */
    double trainStep(int step, double learningRate);

    /** Loss on the validation split (lower is better). */
    double validationLoss();

    /** Writes the model and optimizer state into the (existing, empty) directory. */
    void saveCheckpoint(Path directory);

    /** Restores what {@link #saveCheckpoint} wrote. */
    void restoreCheckpoint(Path directory);

    /**
     * Model-specific measurements of the epoch just finished (e.g. mean episode reward of a
     * reinforcement learner), written beside the losses into {@code metrics.jsonl}.
     */
    default Map<String, Double> epochMetrics() {
        return Map.of();
    }
}
