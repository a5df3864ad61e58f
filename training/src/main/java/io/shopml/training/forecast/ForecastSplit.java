package io.shopml.training.forecast;

import io.shopml.datasets.features.TimeSplit;
import io.shopml.datasets.timeseries.TimeSeries;
import io.shopml.training.loop.TrainingException;

/**
 * The forecaster's time-ordered split of one series: the last {@code 2 x horizon} periods are the
 * test part that evaluation scores (rolling origin), the {@code 2 x horizon} before them validate
 * (early stopping and the interval), the rest trains. Nothing is shuffled across time.
 */
final class ForecastSplit {

    private ForecastSplit() {
    }

    static int heldOutPeriods(int horizon) {
        return 2 * horizon;
    }

    static int minimumLength(int window, int horizon) {
        return window + horizon + 2 * heldOutPeriods(horizon);
    }

    static TimeSplit of(TimeSeries series, int window, int horizon) {
        int needed = minimumLength(window, horizon);
        if (series.size() < needed) {
            throw new TrainingException("series '" + series.id() + "' has " + series.size() + " periods; window "
                    + window + " + horizon " + horizon + " + validation and test (" + 2 * heldOutPeriods(horizon)
                    + ") need at least " + needed + ": use a shorter --window or --horizon");
        }
        return TimeSplit.of(series.size(), heldOutPeriods(horizon), heldOutPeriods(horizon));
    }
}
