package io.shopml.training.loop;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingLoopTest {

    @TempDir
    Path runs;

    private static final TrainingSettings SETTINGS = new TrainingSettings(8, 3, 0.1, 1);

    @Test
    void run_writesOneMetricsLinePerEpoch_andKeepsOnlyLastAndBestCheckpoints() throws IOException {
        RunDirectory run = RunDirectory.create(runs, "quadratic");
        TrainingOutcome outcome = new TrainingLoop(SETTINGS, run).run(new QuadraticModel(3, 5, 0), false);

        assertEquals(8, outcome.epochsRun());
        List<String> lines = Files.readAllLines(run.metricsLog());
        assertEquals(8, lines.size());
        assertTrue(lines.get(0).contains("\"epoch\":0") && lines.get(0).contains("\"val_loss\""), lines.get(0));
        try (Stream<Path> checkpoints = Files.list(run.path().resolve("checkpoints"))) {
            assertTrue(checkpoints.count() <= 2);
        }
        assertTrue(Files.exists(outcome.bestCheckpoint().resolve("w.txt")));
        assertTrue(run.readState().orElseThrow().finished());
    }

    @Test
    void run_stopsEarly_whenValidationDoesNotImproveForPatienceEpochs() {
        // The validation loss floors at 100 after the first epoch: no later epoch improves on it.
        RunDirectory run = RunDirectory.create(runs, "flat");
        TrainingOutcome outcome = new TrainingLoop(SETTINGS, run).run(new QuadraticModel(3, 5, 100), false);

        assertTrue(outcome.stoppedEarly());
        assertEquals(0, outcome.bestEpoch());
        assertEquals(1 + SETTINGS.patience(), outcome.epochsRun());
    }

    @Test
    void resume_afterACrash_continuesFromTheCheckpoint_andEndsWhereAnUninterruptedRunEnds() {
        QuadraticModel uninterrupted = new QuadraticModel(3, 5, 0);
        new TrainingLoop(SETTINGS, RunDirectory.create(runs, "straight")).run(uninterrupted, false);

        RunDirectory run = RunDirectory.create(runs, "crashing");
        QuadraticModel first = new QuadraticModel(3, 5, 0);
        TrainingLoop crashing = new TrainingLoop(SETTINGS, run).addListener(new TrainingListener() {
            @Override
            public void onEpochEnd(EpochResult result) {
                if (result.epoch() == 2) {
                    throw new IllegalStateException("simulated crash");
                }
            }
        });
        assertThrows(IllegalStateException.class, () -> crashing.run(first, false));
        assertEquals(3, run.readState().orElseThrow().nextEpoch());

        QuadraticModel resumed = new QuadraticModel(3, 5, 0);
        TrainingOutcome outcome = new TrainingLoop(SETTINGS, run).run(resumed, true);

        assertEquals(8, outcome.epochsRun());
        assertEquals(uninterrupted.weight(), resumed.weight(), 1e-12);
        // The schedule continued at global step 15, not from the warm-up again.
        assertEquals(uninterrupted.learningRates.get(15), resumed.learningRates.get(0), 1e-15);
        assertTrue(RunDirectory.latestUnfinished(runs, "crashing").isEmpty());
    }

    @Test
    void latestUnfinished_findsTheInterruptedRun() {
        RunDirectory run = RunDirectory.create(runs, "model");
        TrainingLoop crashing = new TrainingLoop(SETTINGS, run).addListener(new TrainingListener() {
            @Override
            public void onEpochEnd(EpochResult result) {
                throw new IllegalStateException("simulated crash");
            }
        });
        assertThrows(IllegalStateException.class, () -> crashing.run(new QuadraticModel(3, 5, 0), false));

        assertEquals(run.path(), RunDirectory.latestUnfinished(runs, "model").orElseThrow().path());
    }

    @Test
    void resume_withoutState_failsWithAClearMessage() {
        RunDirectory run = RunDirectory.create(runs, "empty");
        TrainingException e = assertThrows(TrainingException.class,
                () -> new TrainingLoop(SETTINGS, run).run(new QuadraticModel(3, 5, 0), true));
        assertTrue(e.getMessage().contains("nothing to resume"), e.getMessage());
    }

    @Test
    void run_failsClearly_whenTheLossBecomesNaN() {
        QuadraticModel model = new QuadraticModel(Double.NaN, 5, 0);
        NonFiniteLossException e = assertThrows(NonFiniteLossException.class,
                () -> new TrainingLoop(SETTINGS, RunDirectory.create(runs, "nan")).run(model, false));
        assertTrue(e.getMessage().contains("lower the learning rate"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }
}
