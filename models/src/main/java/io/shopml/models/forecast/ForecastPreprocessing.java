package io.shopml.models.forecast;

import io.shopml.datasets.features.StandardScaler;
import io.shopml.datasets.timeseries.Frequency;

import java.util.Arrays;
import java.util.List;

/**
 * What the forecaster needs, besides its weights, to turn raw sales into input and output back
 * into sales; stored in the manifest's {@code preprocessing}.
 *
 * <p>Each window is divided by its own level (mean absolute value) so that one global model
 * serves series of any size and a trend carries the test period beyond the training range; the
 * resulting ratios are standardised with {@code scaler}, fitted on the training windows only.
 * The prediction interval is empirical: per horizon step, the {@code (1-level)/2} and
 * {@code (1+level)/2} quantiles of validation errors, measured in units of the window level.
 *
 * @param window         input length the network was built for
 * @param horizon        steps forecast
 * @param frequency      the series frequency (decides the calendar features)
 * @param features       names of the per-step input features, in order
 * @param scaler         standardisation of level-normalised values, fitted on training windows
 * @param intervalLevel  nominal coverage of [lower, upper]
 * @param lowerRelative  per step, the lower error quantile in units of the window level
 * @param upperRelative  per step, the upper error quantile in units of the window level
 */
public record ForecastPreprocessing(int window, int horizon, Frequency frequency, List<String> features,
                                    StandardScaler scaler, double intervalLevel,
                                    double[] lowerRelative, double[] upperRelative) {

    public ForecastPreprocessing {
        features = List.copyOf(features);
        lowerRelative = lowerRelative.clone();
        upperRelative = upperRelative.clone();
        if (lowerRelative.length != horizon || upperRelative.length != horizon) {
            throw new IllegalArgumentException("interval quantiles need " + horizon + " steps, got "
                    + lowerRelative.length + " and " + upperRelative.length);
        }
    }

    /** Preprocessing before validation has measured the interval (a zero-width interval). */
    public static ForecastPreprocessing withoutInterval(int window, int horizon, Frequency frequency,
                                                        StandardScaler scaler, double intervalLevel) {
        return new ForecastPreprocessing(window, horizon, frequency, ForecastTranslator.FEATURE_NAMES, scaler,
                intervalLevel, new double[horizon], new double[horizon]);
    }

    public ForecastPreprocessing withInterval(double[] lower, double[] upper) {
        return new ForecastPreprocessing(window, horizon, frequency, features, scaler, intervalLevel, lower, upper);
    }

    @Override
    public double[] lowerRelative() {
        return lowerRelative.clone();
    }

    @Override
    public double[] upperRelative() {
        return upperRelative.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ForecastPreprocessing p && window == p.window && horizon == p.horizon
                && frequency == p.frequency && features.equals(p.features) && scaler.equals(p.scaler)
                && intervalLevel == p.intervalLevel && Arrays.equals(lowerRelative, p.lowerRelative)
                && Arrays.equals(upperRelative, p.upperRelative);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(lowerRelative) + Arrays.hashCode(upperRelative) + window * 17 + horizon;
    }
}
