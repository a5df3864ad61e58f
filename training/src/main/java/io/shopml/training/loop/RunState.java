package io.shopml.training.loop;

/**
 * The resumable part of a run, written to {@code state.json} after every epoch's checkpoint.
 *
 * @param nextEpoch            the epoch a resume starts at
 * @param globalStep           optimizer steps taken so far (drives the learning-rate schedule)
 * @param lastCheckpoint       checkpoint folder (under {@code checkpoints/}) of the last epoch
 * @param bestEpoch            epoch with the lowest validation loss, -1 before the first
 * @param bestValidationLoss   that loss
 * @param bestCheckpoint       its checkpoint folder
 * @param epochsWithoutImprovement epochs since the best one
 * @param stoppedEarly         whether patience ran out
 * @param finished             whether the run completed
 */
public record RunState(int nextEpoch, long globalStep, String lastCheckpoint, int bestEpoch,
                       double bestValidationLoss, String bestCheckpoint, int epochsWithoutImprovement,
                       boolean stoppedEarly, boolean finished) {

    static RunState fresh() {
        return new RunState(0, 0, null, -1, Double.POSITIVE_INFINITY, null, 0, false, false);
    }
}
