package io.shopml.evaluation.forecast;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a {@link RollingOriginEvaluator} run: one score row per model, and for every
 * series the forecasts of the last origin for plotting.
 *
 * @param horizon the forecast horizon every score is measured over
 * @param scores one row per model, in the order the models were given
 * @param lastOrigin per evaluated series, every model's forecast of the final {@code horizon} periods
 */
public record ForecastEvaluation(int horizon, List<ModelScore> scores, List<SeriesForecasts> lastOrigin) {

    public ForecastEvaluation {
        scores = List.copyOf(scores);
        lastOrigin = List.copyOf(lastOrigin);
    }

    /** An aligned plain-text table: one row per model, columns MASE, sMAPE, MAE, coverage, n. */
    public String toTable() {
        return ScoreTable.format(scores);
    }

    /**
     * Writes scores and last-origin forecasts as JSON (creating parent folders); a missing
     * coverage or interval is written as {@code null}.
     *
     * @throws java.io.UncheckedIOException naming the file when it cannot be written
     */
    public void writeJson(Path file) {
        ForecastEvaluationJson.write(this, file);
    }
}
