package io.shopml.training.loop;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.HashSet;

/**
 * Drives an {@link EpochModel}: learning-rate schedule per step, validation per epoch, early
 * stopping with patience, a checkpoint and state after every epoch, resume from the last one.
 * Everything else (progress, logs) is a {@link TrainingListener}.
 */
public final class TrainingLoop {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingLoop.class);

    private final TrainingSettings settings;
    private final RunDirectory run;
    private final List<TrainingListener> listeners = new ArrayList<>();

    public TrainingLoop(TrainingSettings settings, RunDirectory run) {
        this.settings = settings;
        this.run = run;
        listeners.add(new MetricsLogListener(run.metricsLog()));
    }

    public TrainingLoop addListener(TrainingListener listener) {
        listeners.add(listener);
        return this;
    }

    /**
     * Trains until the last epoch or until patience runs out. With {@code resume}, restores the
     * run's last checkpoint and continues with the epoch after it; resuming a finished run does
     * nothing and returns its outcome.
     */
    public TrainingOutcome run(EpochModel model, boolean resume) {
        RunState state = resume ? restore(model) : RunState.fresh();
        if (state.finished()) {
            LOG.info("run {} already finished; nothing to resume", run.path());
            return outcome(state);
        }
        int steps = model.stepsPerEpoch();
        if (steps < 1) {
            throw new TrainingException("no training batches: the training split is empty");
        }
        LearningRateSchedule schedule = settings.schedule(steps);
        listeners.forEach(l -> l.onTrainingStart(state.nextEpoch(), settings.maxEpochs(), steps));

        RunState current = state;
        for (int epoch = state.nextEpoch(); epoch < settings.maxEpochs(); epoch++) {
            current = trainEpoch(model, epoch, steps, schedule, current);
            if (current.stoppedEarly()) {
                LOG.info("early stop after epoch {}: no validation improvement for {} epochs (best {} at epoch {})",
                        epoch, settings.patience(), current.bestValidationLoss(), current.bestEpoch());
                break;
            }
        }
        RunState finished = new RunState(current.nextEpoch(), current.globalStep(), current.lastCheckpoint(),
                current.bestEpoch(), current.bestValidationLoss(), current.bestCheckpoint(),
                current.epochsWithoutImprovement(), current.stoppedEarly(), true);
        run.writeState(finished);
        TrainingOutcome outcome = outcome(finished);
        listeners.forEach(l -> l.onTrainingEnd(outcome));
        return outcome;
    }

    private RunState trainEpoch(EpochModel model, int epoch, int steps, LearningRateSchedule schedule,
                                RunState before) {
        long started = System.nanoTime();
        model.startEpoch(epoch);
        long globalStep = before.globalStep();
        double lossSum = 0;
        double rate = schedule.rate(globalStep);
        for (int step = 0; step < steps; step++) {
            rate = schedule.rate(globalStep);
            double loss = model.trainStep(step, rate);
            if (!Double.isFinite(loss)) {
                throw new NonFiniteLossException("training loss became " + loss + " at epoch " + epoch + ", step " + step
                        + ": lower the learning rate (now " + rate + ") or check the data for extreme values");
            }
            lossSum += loss;
            globalStep++;
            for (TrainingListener l : listeners) {
                l.onStep(epoch, step, loss);
            }
        }
        double validation = model.validationLoss();
        boolean improved = before.bestEpoch() < 0
                || validation < before.bestValidationLoss() - settings.minDelta() * Math.abs(before.bestValidationLoss());

        String checkpointName = run.newCheckpointDirectory(epoch).getFileName().toString();
        model.saveCheckpoint(run.checkpoint(checkpointName));
        int bestEpoch = improved ? epoch : before.bestEpoch();
        double bestLoss = improved ? validation : before.bestValidationLoss();
        String bestCheckpoint = improved ? checkpointName : before.bestCheckpoint();
        int sinceBest = improved ? 0 : before.epochsWithoutImprovement() + 1;
        boolean stop = sinceBest >= settings.patience();
        RunState after = new RunState(epoch + 1, globalStep, checkpointName, bestEpoch, bestLoss, bestCheckpoint,
                sinceBest, stop, false);
        run.writeState(after);
        run.pruneCheckpoints(new HashSet<>(Arrays.asList(checkpointName, bestCheckpoint)));

        EpochResult result = new EpochResult(epoch, globalStep, lossSum / steps, validation, rate, improved, bestLoss,
                (System.nanoTime() - started) / 1e9, model.epochMetrics());
        listeners.forEach(l -> l.onEpochEnd(result));
        return after;
    }

    private RunState restore(EpochModel model) {
        RunState state = run.readState().orElseThrow(() -> new TrainingException(
                "nothing to resume in " + run.path() + ": it has no state.json (start without --resume)"));
        if (state.lastCheckpoint() != null) {
            model.restoreCheckpoint(run.checkpoint(state.lastCheckpoint()));
            LOG.info("resumed {} at epoch {} from checkpoint {}", run.path(), state.nextEpoch(), state.lastCheckpoint());
        }
        return state;
    }

    private TrainingOutcome outcome(RunState state) {
        return new TrainingOutcome(state.bestEpoch(), state.bestValidationLoss(), state.nextEpoch(),
                state.stoppedEarly(), state.bestCheckpoint() == null ? null : run.checkpoint(state.bestCheckpoint()));
    }
}
