package io.shopml.evaluation.forecast;

import io.shopml.datasets.timeseries.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A spy: forecasts the last observed value for every step, with the interval
 * {@code [last - halfWidth, last + halfWidth]}, and records every history it was given.
 */
final class RecordingForecaster implements SeriesForecaster {

    private final String name;
    private final double halfWidth;
    final List<TimeSeries> histories = new ArrayList<>();

    RecordingForecaster(String name, double halfWidth) {
        this.name = name;
        this.halfWidth = halfWidth;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ForecastResult forecast(TimeSeries history, int horizon) {
        histories.add(history);
        double last = history.value(history.size() - 1);
        double[] point = new double[horizon];
        Arrays.fill(point, last);
        if (Double.isNaN(halfWidth)) {
            return ForecastResult.pointOnly(point);
        }
        double[] lower = point.clone();
        double[] upper = point.clone();
        for (int h = 0; h < horizon; h++) {
            lower[h] -= halfWidth;
            upper[h] += halfWidth;
        }
        return new ForecastResult(point, lower, upper);
    }
}
