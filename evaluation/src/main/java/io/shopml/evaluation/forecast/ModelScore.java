package io.shopml.evaluation.forecast;

/**
 * One model's accuracy over every series and forecast origin of an evaluation.
 *
 * @param model the forecaster's {@link SeriesForecaster#name() name}
 * @param mase mean MASE over all forecasts (below 1: better than in-sample seasonal naive)
 * @param smape mean sMAPE in percent
 * @param mae mean MAE in sales units
 * @param coverage share of actual values inside the prediction interval, over the forecasts
 *                 that have one; {@code NaN} when the model never gives an interval
 * @param forecasts number of forecasts scored (series times origins)
 */
public record ModelScore(String model, double mase, double smape, double mae, double coverage, int forecasts) {

    /** Whether {@link #coverage()} was measured. */
    public boolean hasCoverage() {
        return !Double.isNaN(coverage);
    }
}
