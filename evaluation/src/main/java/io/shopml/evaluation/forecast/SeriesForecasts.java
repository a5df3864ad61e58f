package io.shopml.evaluation.forecast;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forecasts every model made for one series from its last origin, next to what actually
 * happened: the rows of a forecast plot.
 *
 * @param seriesId the series' id
 * @param dates the forecast periods
 * @param actual the observed value per period
 * @param forecasts each model's forecast, keyed by model name in evaluation order
 */
public record SeriesForecasts(String seriesId, List<LocalDate> dates, double[] actual,
                              Map<String, ForecastResult> forecasts) {

    public SeriesForecasts {
        if (dates.size() != actual.length) {
            throw new IllegalArgumentException("series '" + seriesId + "' has " + dates.size() + " forecast dates but "
                    + actual.length + " actual values");
        }
        dates = List.copyOf(dates);
        forecasts = Collections.unmodifiableMap(new LinkedHashMap<>(forecasts));
    }
}
