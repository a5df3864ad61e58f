package io.shopml.datasets.cleaning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Outlier rules as pure functions on arrays; {@code NaN} entries are ignored in the statistics
 * and never flagged.
 *
 * <ul>
 *   <li>{@link #zScore}: {@code |x - mean| / std > threshold}, with the population standard
 *       deviation (divide by n, as {@code scipy.stats.zscore}).</li>
 *   <li>{@link #iqr}: outside {@code [Q1 - k*IQR, Q3 + k*IQR]} (Tukey's fences), with quartiles
 *       by linear interpolation between order statistics ({@link #quantile}, the default of R and
 *       NumPy).</li>
 * </ul>
 *
 * <pre>{@code
 * OutlierDetector.iqr(new double[] {1, 2, 3, 4, 100}, 1.5); // [4]
 * }</pre>
 */
public final class OutlierDetector {

    private OutlierDetector() {
    }

    /** Indices (ascending) whose |z| exceeds {@code threshold}. */
    public static List<Integer> zScore(double[] x, double threshold) {
        return hasValues(x) ? flagged(x, zScoreFences(x, threshold)) : List.of();
    }

    /** Indices (ascending) outside Tukey's fences with factor {@code k}. */
    public static List<Integer> iqr(double[] x, double k) {
        return hasValues(x) ? flagged(x, iqrFences(x, k)) : List.of();
    }

    /**
     * Mean and population standard deviation of {@code x} as fences.
     *
     * @throws IllegalArgumentException when {@code x} has no non-NaN value
     */
    public static OutlierFences zScoreFences(double[] x, double threshold) {
        double[] values = present(x);
        double mean = Arrays.stream(values).average().orElseThrow();
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return new OutlierFences(mean, mean, Math.sqrt(squares / values.length), threshold);
    }

    /**
     * Quartiles and interquartile range of {@code x} as fences.
     *
     * @throws IllegalArgumentException when {@code x} has no non-NaN value
     */
    public static OutlierFences iqrFences(double[] x, double k) {
        double[] sorted = present(x);
        Arrays.sort(sorted);
        double q1 = quantile(sorted, 0.25);
        double q3 = quantile(sorted, 0.75);
        return new OutlierFences(q1, q3, q3 - q1, k);
    }

    /**
     * The {@code p}-quantile of sorted values by linear interpolation: with {@code h = (n-1)p},
     * {@code x[floor h] + (h - floor h) * (x[floor h + 1] - x[floor h])} (Hyndman-Fan type 7).
     */
    public static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("quantile of no values");
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("quantile probability must be in [0, 1] but was " + p);
        }
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }

    /** The median of any values (NaN ignored); used for robust baselines. */
    static double median(double[] x) {
        double[] sorted = present(x);
        Arrays.sort(sorted);
        return quantile(sorted, 0.5);
    }

    private static List<Integer> flagged(double[] x, OutlierFences fences) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (fences.isOutlier(x[i])) {
                indices.add(i);
            }
        }
        return indices;
    }

    private static boolean hasValues(double[] x) {
        return Arrays.stream(x).anyMatch(value -> !Double.isNaN(value));
    }

    private static double[] present(double[] x) {
        double[] values = Arrays.stream(x).filter(value -> !Double.isNaN(value)).toArray();
        if (values.length == 0) {
            throw new IllegalArgumentException("no values to compute statistics from (all " + x.length + " are NaN)");
        }
        return values;
    }
}
