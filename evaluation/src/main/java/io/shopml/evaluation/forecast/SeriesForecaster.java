package io.shopml.evaluation.forecast;

import io.shopml.datasets.timeseries.TimeSeries;

/**
 * Anything that forecasts one series from its history alone: the baselines, the LSTM behind
 * its repository, a served model. The {@link RollingOriginEvaluator} scores them all the same
 * way, so a new model only has to implement this.
 */
public interface SeriesForecaster {

    /** A short, unique name for tables and JSON, for example {@code seasonal-naive}. */
    String name();

    /**
     * Forecasts the {@code horizon} periods that follow the last value of {@code history}.
     * Implementations see nothing after {@code history}; they must not keep state between calls
     * that would let one series or origin inform another.
     */
    ForecastResult forecast(TimeSeries history, int horizon);
}
