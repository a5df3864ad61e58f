package io.shopml.evaluation.forecast;

import io.shopml.datasets.timeseries.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores forecasters the way they will be used: repeatedly forecasting from a moving origin
 * with only the past in hand.
 *
 * <p>For a series of {@code n} values and horizon {@code H} the origins are
 * {@code o = n-2H, n-2H+1, ..., n-H} ({@code H+1} of them); at each, every model forecasts
 * {@code H} steps from the history {@code [0, o)} and is scored on {@code [o, o+H)}, so all
 * targets lie in the last {@code 2H} periods and no model sees a value at or after its origin.
 * MASE uses that same history as its in-sample with the series' season length.
 *
 * <p>A series shorter than {@code 2H} plus two seasons (the shortest history Holt-Winters can
 * start from), or whose shortest history has no seasonal variation (MASE undefined), is skipped
 * with a warning naming it.
 *
 * <pre>{@code
 * ForecastEvaluation evaluation = new RollingOriginEvaluator()
 *         .evaluate(series, 12, List.of(new SeasonalNaive(), HoltWinters.auto()));
 * log.info("\n{}", evaluation.toTable());
 * evaluation.writeJson(Path.of("report/forecast-evaluation.json"));
 * }</pre>
 */
public final class RollingOriginEvaluator {

    private static final Logger LOG = LoggerFactory.getLogger(RollingOriginEvaluator.class);

    /**
     * Evaluates every model on every usable series.
     *
     * @throws IllegalArgumentException if the horizon is below 1, no model is given, two models
     *                                  share a name, a series is not regular, or no series is usable
     * @throws ForecastEvaluationException if a model fails or returns a forecast of the wrong length
     */
    public ForecastEvaluation evaluate(List<TimeSeries> series, int horizon, List<SeriesForecaster> models) {
        requireValidSetup(horizon, models);
        List<TimeSeries> usable = usableSeries(series, horizon);
        Map<String, ScoreAccumulator> scores = new LinkedHashMap<>();
        models.forEach(model -> scores.put(model.name(), new ScoreAccumulator(model.name())));
        List<SeriesForecasts> lastOrigin = new ArrayList<>();
        for (TimeSeries s : usable) {
            lastOrigin.add(evaluateSeries(s, horizon, models, scores));
        }
        List<ModelScore> modelScores = scores.values().stream().map(ScoreAccumulator::score).toList();
        LOG.info("rolling-origin evaluation: {} series x {} origins x {} models, horizon {}", usable.size(),
                horizon + 1, models.size(), horizon);
        return new ForecastEvaluation(horizon, modelScores, lastOrigin);
    }

    /** Runs every origin of one series, adding to {@code scores}; returns the last origin's forecasts. */
    private static SeriesForecasts evaluateSeries(TimeSeries series, int horizon, List<SeriesForecaster> models,
                                                  Map<String, ScoreAccumulator> scores) {
        double[] values = series.values();
        int n = values.length;
        int season = series.frequency().seasonLength();
        Map<String, ForecastResult> lastForecasts = new LinkedHashMap<>();
        for (int origin = n - 2 * horizon; origin <= n - horizon; origin++) {
            TimeSeries history = series.head(origin);
            double[] insample = Arrays.copyOf(values, origin);
            double[] actual = Arrays.copyOfRange(values, origin, origin + horizon);
            for (SeriesForecaster model : models) {
                ForecastResult result = forecast(model, history, series, horizon);
                scores.get(model.name()).add(actual, result, insample, season);
                if (origin == n - horizon) {
                    lastForecasts.put(model.name(), result);
                }
            }
        }
        LOG.debug("evaluated series '{}' ({} values)", series.id(), n);
        return new SeriesForecasts(series.id(), series.dates().subList(n - horizon, n),
                Arrays.copyOfRange(values, n - horizon, n), lastForecasts);
    }

    private static ForecastResult forecast(SeriesForecaster model, TimeSeries history, TimeSeries series,
                                           int horizon) {
        String where = "model '" + model.name() + "' on series '" + series.id() + "' from origin "
                + series.dates().get(history.size()) + " (history of " + history.size() + " values)";
        ForecastResult result;
        try {
            result = model.forecast(history, horizon);
        } catch (RuntimeException e) {
            throw new ForecastEvaluationException(where + " failed: " + e.getMessage(), e);
        }
        if (result.horizon() != horizon) {
            throw new ForecastEvaluationException(where + " returned " + result.horizon() + " steps, expected "
                    + horizon);
        }
        return result;
    }

    private static void requireValidSetup(int horizon, List<SeriesForecaster> models) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1, got " + horizon);
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no forecaster to evaluate");
        }
        Set<String> names = new HashSet<>();
        for (SeriesForecaster model : models) {
            if (!names.add(model.name())) {
                throw new IllegalArgumentException("two forecasters are both named '" + model.name()
                        + "': names must be unique to tell their scores apart");
            }
        }
    }

    private static List<TimeSeries> usableSeries(List<TimeSeries> series, int horizon) {
        List<TimeSeries> usable = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (TimeSeries s : series) {
            s.firstIrregularity().ifPresent(problem -> {
                throw new IllegalArgumentException(problem + ": clean the series before evaluating");
            });
            int needed = 2 * horizon + 2 * s.frequency().seasonLength();
            if (s.size() < needed) {
                skipped.add("'" + s.id() + "' has " + s.size() + " values, needs 2*" + horizon + " + 2 seasons = "
                        + needed);
            } else if (isFlat(s, s.size() - 2 * horizon)) {
                skipped.add("'" + s.id() + "' does not vary from season to season in its first "
                        + (s.size() - 2 * horizon) + " values, so MASE is undefined");
            } else {
                usable.add(s);
            }
        }
        if (!skipped.isEmpty()) {
            LOG.warn("skipping {} of {} series: {}", skipped.size(), series.size(), String.join("; ", skipped));
        }
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("no series can be evaluated with horizon " + horizon + ": "
                    + (skipped.isEmpty() ? "no series given" : String.join("; ", skipped)));
        }
        return usable;
    }

    /** Whether every seasonal difference of the first {@code length} values is 0. */
    private static boolean isFlat(TimeSeries series, int length) {
        int season = series.frequency().seasonLength();
        for (int t = season; t < length; t++) {
            if (series.value(t) != series.value(t - season)) {
                return false;
            }
        }
        return true;
    }
}
