package io.shopml.evaluation.baselines;

import io.shopml.datasets.timeseries.TimeSeries;
import io.shopml.evaluation.forecast.ForecastResult;
import io.shopml.evaluation.forecast.SeriesForecaster;

/**
 * Repeats the last observed season: {@code y(T+h) = y(T+h-m*(k+1))} with {@code k = (h-1)/m}
 * and {@code m} the season length of the series' frequency. The denominator of MASE, so a model
 * with MASE below 1 beats it on average.
 *
 * <p>The 95% interval is the textbook one (Hyndman and Athanasopoulos, <i>Forecasting:
 * Principles and Practice</i>, 5.5): {@code ±1.96 * sigma * sqrt(k+1)}, with {@code sigma} the
 * root mean square of the in-sample seasonal differences. A history of exactly one season has
 * no such difference and gets no interval.
 */
public final class SeasonalNaive implements SeriesForecaster {

    private static final double Z_95 = 1.959963984540054;

    @Override
    public String name() {
        return "seasonal-naive";
    }

    @Override
    public ForecastResult forecast(TimeSeries history, int horizon) {
        int season = history.frequency().seasonLength();
        if (history.size() < season) {
            throw new IllegalArgumentException("seasonal naive needs one full season of " + season
                    + " values, but series '" + history.id() + "' has " + history.size());
        }
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1, got " + horizon);
        }
        double[] values = history.values();
        int n = values.length;
        double[] point = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            point[h - 1] = values[n + h - 1 - season * seasonsBack(h, season)];
        }
        if (n == season) {
            return ForecastResult.pointOnly(point);
        }
        double sigma = residualSigma(values, season);
        double[] lower = new double[horizon];
        double[] upper = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            double halfWidth = Z_95 * sigma * Math.sqrt(seasonsBack(h, season));
            lower[h - 1] = point[h - 1] - halfWidth;
            upper[h - 1] = point[h - 1] + halfWidth;
        }
        return new ForecastResult(point, lower, upper);
    }

    /** How many whole seasons back step {@code h} reaches: {@code k + 1} in the formula. */
    private static int seasonsBack(int h, int season) {
        return (h - 1) / season + 1;
    }

    private static double residualSigma(double[] values, int season) {
        double sum = 0;
        for (int t = season; t < values.length; t++) {
            double residual = values[t] - values[t - season];
            sum += residual * residual;
        }
        return Math.sqrt(sum / (values.length - season));
    }
}
