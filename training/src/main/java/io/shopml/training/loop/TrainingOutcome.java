package io.shopml.training.loop;

import java.nio.file.Path;

/**
 * How a run ended.
 *
 * @param bestEpoch          epoch whose weights are in {@code bestCheckpoint}
 * @param bestValidationLoss its validation loss
 * @param epochsRun          epochs completed in total (including those before a resume)
 * @param stoppedEarly       whether patience ran out before the last epoch
 * @param bestCheckpoint     directory holding the best model's checkpoint
 */
public record TrainingOutcome(int bestEpoch, double bestValidationLoss, int epochsRun, boolean stoppedEarly,
                              Path bestCheckpoint) {
}
