package io.shopml.evaluation.report;

import io.shopml.datasets.BundledDatasets;
import io.shopml.datasets.cleaning.CleaningOptions;
import io.shopml.datasets.timeseries.SalesCsvReader;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.forecast.ForecasterConfig;
import io.shopml.training.forecast.ForecastDataPreparation;
import io.shopml.training.forecast.ForecasterTrainer;
import io.shopml.training.loop.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code evaluate --all} end to end: a tiny forecaster trained on the bundled drinks sales, evaluated, reported. */
class RepositoryEvaluationTest {

    @TempDir
    Path dir;

    @Test
    void evaluate_repositoryWithForecaster_givesScoresBaselinesReferencesAndPlots() throws Exception {
        ModelRepository repository = new ModelRepository(dir.resolve("repo"));
        Path runs = dir.resolve("runs");
        new ForecasterTrainer(new ForecasterConfig(24, 6, 1, 8, 3, 32, 5e-3, 1, 10, 0.9), 3)
                .train(ForecastDataPreparation.load(BundledDatasets.extract(BundledDatasets.DRINKS_SALES),
                                new SalesCsvReader(), CleaningOptions.defaults()).data(),
                        RunDirectory.create(runs, "sales-forecaster"), false, List.of())
                .export(repository, "sales-forecaster");

        RepositoryEvaluation.Outcome outcome = new RepositoryEvaluation(ModelEvaluators.discover())
                .evaluate(repository, new EvaluationContext(runs, Map.of()));

        assertEquals(List.of(), outcome.failures());
        ReportSection section = outcome.sections().get(0);
        assertEquals("sales-forecaster v1 (forecast)", section.title());
        MetricsTable scores = section.tables().get(0);
        assertEquals(List.of(RowKind.MODEL, RowKind.BASELINE, RowKind.BASELINE),
                scores.rows().stream().map(TableRow::kind).toList());
        assertTrue(scores.rows().get(0).values().stream().allMatch(v -> v != null && v >= 0), "scored: " + scores);
        assertEquals(RowKind.REFERENCE, section.tables().get(1).rows().get(0).kind());
        LinePlot forecast = assertInstanceOf(LinePlot.class, section.plots().get(0));
        assertEquals(1, forecast.bands().size(), "the LSTM interval band");
        LinePlot curves = assertInstanceOf(LinePlot.class, section.plots().get(section.plots().size() - 1));
        assertEquals(3, curves.lines().get(0).x().length, "one point per epoch from metrics.jsonl");

        Path page = ReportWriter.write(ReportWriter.newReport("test", outcome.sections()), dir.resolve("report"));
        assertTrue(Files.readString(page).contains("sales-forecaster v1 (forecast)"));
    }
}
