package io.shopml.datasets.cleaning;

/**
 * A box {@code [low, high]} and how many spreads beyond it a value may lie before it is an
 * outlier. Both detectors fit this shape:
 * <ul>
 *   <li>Z-score: {@code low = high = mean}, {@code spread = standard deviation}, so
 *       {@link #score} is |z|;</li>
 *   <li>IQR: {@code low = Q1}, {@code high = Q3}, {@code spread = Q3 - Q1}, so {@link #score}
 *       is the number of IQRs beyond the nearer quartile and the bounds are Tukey's fences.</li>
 * </ul>
 * A value is an outlier exactly when its score exceeds the threshold (strictly).
 *
 * @param low lower edge of the box
 * @param high upper edge of the box
 * @param spread the unit of distance beyond the box (0 when all values are equal)
 * @param threshold how many spreads beyond the box are still normal
 */
public record OutlierFences(double low, double high, double spread, double threshold) {

    /** The smallest normal value: {@code low - threshold * spread}. */
    public double lowerBound() {
        return low - threshold * spread;
    }

    /** The largest normal value: {@code high + threshold * spread}. */
    public double upperBound() {
        return high + threshold * spread;
    }

    /**
     * Spreads beyond the box: 0 inside it; infinite for any value outside a zero-width spread;
     * {@code NaN} for {@code NaN}.
     */
    public double score(double value) {
        if (Double.isNaN(value)) {
            return Double.NaN;
        }
        double beyond = value > high ? value - high : value < low ? low - value : 0.0;
        if (beyond == 0.0) {
            return 0.0;
        }
        return spread == 0.0 ? Double.POSITIVE_INFINITY : beyond / spread;
    }

    /** Whether {@code value} lies beyond the bounds; never true for {@code NaN}. */
    public boolean isOutlier(double value) {
        return score(value) > threshold;
    }
}
