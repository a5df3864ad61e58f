package io.shopml.evaluation.forecast;

import io.shopml.datasets.BundledDatasets;
import io.shopml.datasets.cleaning.CleaningOptions;
import io.shopml.datasets.timeseries.SalesCsvReader;
import io.shopml.evaluation.baselines.HoltWinters;
import io.shopml.evaluation.baselines.SeasonalNaive;
import io.shopml.evaluation.report.EvaluationContext;
import io.shopml.evaluation.report.LinePlot;
import io.shopml.evaluation.report.MetricsTable;
import io.shopml.evaluation.report.ModelEvaluator;
import io.shopml.evaluation.report.ReportSection;
import io.shopml.evaluation.report.TableRow;
import io.shopml.evaluation.report.TrainingCurves;
import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.forecast.LoadedForecaster;
import io.shopml.training.forecast.ForecastDataPreparation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The forecaster's report section: rolling-origin MASE, sMAPE, MAE and interval coverage of the
 * LSTM next to seasonal naive and Holt-Winters on the last {@code 2 x horizon} periods of every
 * series, the M5 competition's published numbers, forecast vs actual with the interval band for
 * the first series, and the training run's loss curves.
 */
public final class ForecastModelEvaluator implements ModelEvaluator {

    /** Series drawn as forecast-vs-actual plots; more would crowd the page. */
    static final int PLOTTED_SERIES = 3;
    private static final String M5_SOURCE = "Makridakis, Spiliotis, Assimakopoulos: M5 accuracy competition, "
            + "Int. J. Forecasting 38(4), 2022 (Walmart daily sales; WRMSSE, not MASE)";

    @Override
    public String task() {
        return "forecast";
    }

    @Override
    public ReportSection evaluate(ModelArtifact artifact, EvaluationContext context) {
        Manifest manifest = artifact.manifest();
        Path csv = context.dataFor(task()).orElseGet(() -> BundledDatasets.extract(BundledDatasets.DRINKS_SALES));
        ForecastDataPreparation data = ForecastDataPreparation.load(csv, new SalesCsvReader(), CleaningOptions.defaults());
        ForecastEvaluation evaluation;
        double intervalLevel;
        try (LoadedForecaster forecaster = LoadedForecaster.load(artifact)) {
            intervalLevel = forecaster.preprocessing().intervalLevel();
            evaluation = new RollingOriginEvaluator().evaluate(data.data().series(),
                    forecaster.preprocessing().horizon(),
                    List.of(new LstmForecaster(forecaster), new SeasonalNaive(), HoltWinters.auto()));
        }
        ReportSection.Builder section = ReportSection.builder(manifest.name() + " v" + manifest.version()
                        + " (forecast)")
                .summary("Rolling-origin evaluation on " + csv.getFileName() + ": at each of "
                        + (evaluation.horizon() + 1) + " origins in the last " + 2 * evaluation.horizon()
                        + " periods of every series, each model forecasts " + evaluation.horizon()
                        + " periods from the history before the origin. MASE below 1 beats the in-sample "
                        + "seasonal naive forecast; coverage is the share of actuals inside the "
                        + Math.round(100 * intervalLevel) + "% prediction interval.")
                .table(scoreTable(evaluation))
                .table(new MetricsTable("Published reference: M5 competition (different data and metric)",
                        List.of("WRMSSE"), List.of(
                        TableRow.reference("M5 winning entry", M5_SOURCE, 0.520),
                        TableRow.reference("exponential smoothing benchmark", M5_SOURCE, 0.671))))
                .note("M5 context: only about a third of the teams beat seasonal naive; compare the LSTM's MASE "
                        + "with the seasonal-naive and Holt-Winters rows above, measured on the same split.");
        for (SeriesForecasts series : evaluation.lastOrigin().subList(0,
                Math.min(PLOTTED_SERIES, evaluation.lastOrigin().size()))) {
            section.plot(forecastPlot(series));
        }
        Optional<LinePlot> curves = TrainingCurves.of(manifest, context);
        curves.ifPresentOrElse(section::plot, () -> section.note("no training curves: run "
                + (manifest.provenance() == null ? "?" : manifest.provenance().runId()) + " is not under "
                + context.runsRoot().resolve(manifest.name()) + " (pass --runs DIR)"));
        return section.build();
    }

    static MetricsTable scoreTable(ForecastEvaluation evaluation) {
        List<TableRow> rows = new ArrayList<>();
        for (ModelScore score : evaluation.scores()) {
            Double[] values = {score.mase(), score.smape(), score.mae(),
                    score.hasCoverage() ? 100 * score.coverage() : null, (double) score.forecasts()};
            rows.add(rows.isEmpty() ? TableRow.model(score.model(), values) : TableRow.baseline(score.model(), values));
        }
        return new MetricsTable("Rolling origin, horizon " + evaluation.horizon(),
                List.of("MASE", "sMAPE %", "MAE", "coverage %", "forecasts"), rows);
    }

    /** Actuals, every model's forecast from the last origin, and the LSTM's interval as a band. */
    static LinePlot forecastPlot(SeriesForecasts series) {
        double[] x = series.dates().stream().mapToDouble(LocalDate::toEpochDay).toArray();
        List<LinePlot.Line> lines = new ArrayList<>();
        lines.add(new LinePlot.Line("actual", x, series.actual()));
        List<LinePlot.Band> bands = new ArrayList<>();
        for (Map.Entry<String, ForecastResult> entry : series.forecasts().entrySet()) {
            lines.add(new LinePlot.Line(entry.getKey(), x, entry.getValue().point()));
            if (entry.getValue().hasInterval() && bands.isEmpty()) {
                bands.add(new LinePlot.Band(entry.getKey() + " interval", x, entry.getValue().lower(),
                        entry.getValue().upper()));
            }
        }
        return new LinePlot("Forecast vs actual, series '" + series.seriesId() + "' (last origin)", "period",
                "sales", true, lines, bands);
    }
}
