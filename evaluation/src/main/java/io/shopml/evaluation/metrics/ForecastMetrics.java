package io.shopml.evaluation.metrics;

/**
 * The forecast accuracy measures shopml reports: MAE in sales units, sMAPE in percent, MASE
 * (scale-free, comparable across series, below 1 means better than the in-sample seasonal
 * naive method) and the empirical coverage of a prediction interval.
 *
 * <p>Every measure compares arrays position by position and rejects arrays of different
 * lengths, naming both lengths.
 */
public final class ForecastMetrics {

    private ForecastMetrics() {
    }

    /** Mean absolute error: mean of {@code |actual - forecast|}. */
    public static double mae(double[] actual, double[] forecast) {
        requireSameLength("actual", actual, "forecast", forecast);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            sum += Math.abs(actual[i] - forecast[i]);
        }
        return sum / actual.length;
    }

    /**
     * Symmetric mean absolute percentage error in percent (0 to 200): the mean of
     * {@code 200 * |a - f| / (|a| + |f|)}, where a term whose actual and forecast are both zero
     * counts as 0 (a perfect forecast of no sales).
     */
    public static double smape(double[] actual, double[] forecast) {
        requireSameLength("actual", actual, "forecast", forecast);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            double denominator = Math.abs(actual[i]) + Math.abs(forecast[i]);
            if (denominator > 0) {
                sum += 200 * Math.abs(actual[i] - forecast[i]) / denominator;
            }
        }
        return sum / actual.length;
    }

    /**
     * Mean absolute scaled error: the forecast's MAE divided by the in-sample mean of
     * {@code |y_t - y_(t-season)|}, the error of the seasonal naive method on the history.
     * When the history has fewer than {@code season + 1} values the scale uses lag 1 instead.
     *
     * @throws IllegalArgumentException if the history has fewer than 2 values, or its scale is 0
     *                                  (a flat history makes every error infinitely large)
     */
    public static double mase(double[] actual, double[] forecast, double[] insample, int season) {
        requireSameLength("actual", actual, "forecast", forecast);
        if (season < 1) {
            throw new IllegalArgumentException("season must be at least 1, got " + season);
        }
        if (insample.length < 2) {
            throw new IllegalArgumentException(
                    "MASE needs at least 2 in-sample values to measure its scale, got " + insample.length);
        }
        int lag = insample.length < season + 1 ? 1 : season;
        double sum = 0;
        for (int t = lag; t < insample.length; t++) {
            sum += Math.abs(insample[t] - insample[t - lag]);
        }
        double scale = sum / (insample.length - lag);
        if (scale == 0) {
            throw new IllegalArgumentException("MASE is undefined: all " + (insample.length - lag)
                    + " in-sample differences |y_t - y_(t-" + lag + ")| of the " + insample.length
                    + " history values are 0");
        }
        return mae(actual, forecast) / scale;
    }

    /** Share (0 to 1) of actual values inside their closed interval {@code [lower, upper]}. */
    public static double coverage(double[] actual, double[] lower, double[] upper) {
        requireSameLength("actual", actual, "lower", lower);
        requireSameLength("actual", actual, "upper", upper);
        int inside = 0;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] >= lower[i] && actual[i] <= upper[i]) {
                inside++;
            }
        }
        return (double) inside / actual.length;
    }

    private static void requireSameLength(String firstName, double[] first, String secondName, double[] second) {
        if (first.length != second.length) {
            throw new IllegalArgumentException(firstName + " has " + first.length + " values but " + secondName
                    + " has " + second.length);
        }
        if (first.length == 0) {
            throw new IllegalArgumentException(firstName + " and " + secondName + " are empty: nothing to score");
        }
    }
}
