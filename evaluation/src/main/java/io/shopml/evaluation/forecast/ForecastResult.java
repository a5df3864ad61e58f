package io.shopml.evaluation.forecast;

import java.util.Objects;

/**
 * One model's forecast of one series: a point value per horizon step and, when the method
 * gives one, the prediction interval around it.
 *
 * @param point the forecast per step, never empty
 * @param lower the interval's lower bound per step, or {@code null} without an interval
 * @param upper the interval's upper bound per step, or {@code null} without an interval
 */
public record ForecastResult(double[] point, double[] lower, double[] upper) {

    public ForecastResult {
        Objects.requireNonNull(point, "point");
        if (point.length == 0) {
            throw new IllegalArgumentException("a forecast needs at least one step, got an empty point forecast");
        }
        if ((lower == null) != (upper == null)) {
            throw new IllegalArgumentException("an interval needs both bounds, got only the "
                    + (lower == null ? "upper" : "lower") + " one");
        }
        if (lower != null && (lower.length != point.length || upper.length != point.length)) {
            throw new IllegalArgumentException("point has " + point.length + " steps but lower has "
                    + lower.length + " and upper has " + upper.length);
        }
    }

    /** A point forecast without an interval. */
    public static ForecastResult pointOnly(double[] point) {
        return new ForecastResult(point, null, null);
    }

    /** Whether {@link #lower()} and {@link #upper()} are present. */
    public boolean hasInterval() {
        return lower != null;
    }

    /** Number of forecast steps. */
    public int horizon() {
        return point.length;
    }
}
