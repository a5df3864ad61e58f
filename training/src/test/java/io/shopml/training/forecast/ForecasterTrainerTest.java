package io.shopml.training.forecast;

import io.shopml.datasets.BundledDatasets;
import io.shopml.datasets.cleaning.CleaningOptions;
import io.shopml.datasets.timeseries.SalesCsvReader;
import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.forecast.ForecastPreprocessing;
import io.shopml.models.forecast.ForecasterConfig;
import io.shopml.models.forecast.HistoryWindow;
import io.shopml.models.forecast.LoadedForecaster;
import io.shopml.models.forecast.PointAndInterval;
import io.shopml.training.loop.EpochResult;
import io.shopml.training.loop.RunDirectory;
import io.shopml.training.loop.TrainingException;
import io.shopml.training.loop.TrainingListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trains tiny forecasters on the real bundled drinks sales. */
class ForecasterTrainerTest {

    /** Small enough for a test: one 8-unit layer, a few epochs. */
    private static final ForecasterConfig TINY = new ForecasterConfig(24, 6, 1, 8, 4, 32, 5e-3, 1, 10, 0.9);

    private static ForecastData drinks;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadData() {
        drinks = ForecastDataPreparation.load(BundledDatasets.extract(BundledDatasets.DRINKS_SALES),
                new SalesCsvReader(), CleaningOptions.defaults()).data();
    }

    @Test
    void train_andExport_writesAVersionWhosePredictionsMatchTheTrainedNetwork() {
        ForecasterTrainingResult result = new ForecasterTrainer(TINY, 7)
                .train(drinks, RunDirectory.create(dir.resolve("runs"), "f"), false, List.of());
        ModelArtifact artifact = result.export(new ModelRepository(dir.resolve("repo")), "sales-forecaster");

        Manifest manifest = artifact.manifest();
        assertEquals(1, manifest.version());
        assertEquals("forecast", manifest.task());
        assertEquals("history", manifest.inputs().get(0).name());
        assertArrayEquals(new long[] {-1, 24}, manifest.inputs().get(0).shape());
        assertEquals(List.of("forecast", "lower", "upper"), manifest.outputs().stream().map(t -> t.name()).toList());
        assertEquals(drinks.sha256(), manifest.data().sha256());
        assertTrue(manifest.metrics().containsKey("validation_mae"));
        // The interval was calibrated on the validation windows at 90%: in-sample it must cover most of them.
        double coverage = manifest.metrics().get("calibration_interval_coverage");
        assertTrue(coverage >= 0.75 && coverage <= 1.0, "calibration coverage " + coverage);
        ForecastPreprocessing stored = manifest.preprocessing(ForecastPreprocessing.class);
        assertEquals(result.preprocessing(), stored);

        double[] values = drinks.series().get(0).values();
        HistoryWindow window = HistoryWindow.ofRecent(Arrays.copyOf(values, 200), 24, null);
        try (LoadedForecaster loaded = LoadedForecaster.load(artifact)) {
            PointAndInterval reloaded = loaded.predict(List.of(window)).get(0);
            PointAndInterval original = new io.shopml.models.forecast.ForecastTranslator(result.preprocessing())
                    .predict(result.network(), List.of(window)).get(0);
            assertArrayEquals(original.point(), reloaded.point(), 1e-6);
            for (int s = 0; s < 6; s++) {
                assertTrue(reloaded.lower()[s] <= reloaded.upper()[s], "interval bounds in order at step " + s);
                assertTrue(reloaded.point()[s] > 0, "sales forecasts of this series are positive");
            }
        }
    }

    @Test
    void resume_afterAnInterruptedRun_endsWithTheSameModelAsAnUninterruptedRun() {
        ForecasterTrainingResult straight = new ForecasterTrainer(TINY, 11)
                .train(drinks, RunDirectory.create(dir.resolve("runs"), "straight"), false, List.of());

        RunDirectory run = RunDirectory.create(dir.resolve("runs"), "interrupted");
        TrainingListener crashAfterSecondEpoch = new TrainingListener() {
            @Override
            public void onEpochEnd(EpochResult result) {
                if (result.epoch() == 1) {
                    throw new IllegalStateException("simulated crash");
                }
            }
        };
        assertThrows(IllegalStateException.class, () -> new ForecasterTrainer(TINY, 11)
                .train(drinks, run, false, List.of(crashAfterSecondEpoch)));
        // Resume with other flags: the run's own configuration and seed win.
        ForecasterTrainingResult resumed = new ForecasterTrainer(TINY.withEpochs(99), 12345)
                .train(drinks, run, true, List.of());

        assertEquals(straight.outcome().epochsRun(), resumed.outcome().epochsRun());
        assertEquals(straight.outcome().bestValidationLoss(), resumed.outcome().bestValidationLoss(), 1e-5);
        assertArrayEquals(straight.network().params().toFloatVector(), resumed.network().params().toFloatVector(),
                1e-5f);
    }

    @Test
    void train_rejectsASeriesTooShortForWindowHorizonAndHeldOutParts() {
        ForecastData shortData = ForecastData.of(List.of(drinks.series().get(0).head(40)), "short");
        TrainingException e = assertThrows(TrainingException.class, () -> new ForecasterTrainer(TINY, 1)
                .train(shortData, RunDirectory.create(dir.resolve("runs"), "short"), false, List.of()));
        assertTrue(e.getMessage().contains("has 40 periods"), e.getMessage());
    }
}
