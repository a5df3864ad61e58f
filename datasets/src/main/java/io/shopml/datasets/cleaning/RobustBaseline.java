package io.shopml.datasets.cleaning;

import java.util.Arrays;

/**
 * The expected value of each period of a regular series, built only from medians of
 * <em>other</em> periods, so that a wild value can neither pull its own expectation towards
 * itself nor shrink the spread of the residuals. Outliers are judged on the residual
 * {@code x - baseline}: what is unusual for that time of year at that point of the trend.
 *
 * <p>The baseline is level plus season, estimated in two passes in the manner of a (much
 * simplified) robust STL decomposition:
 * <ol>
 *   <li>a rough level, the centred moving average over exactly one season (the classical
 *       2x12 average for months, 7 days for days), which cancels the seasonal pattern, gives a
 *       rough seasonal effect (below), which is removed; a wild value moves this rough level by
 *       only a season's fraction of itself, and the medians that follow discard that;</li>
 *   <li>the level of the de-seasonalised values is their centred rolling median over one season
 *       rounded up to an odd window (13 months, 7 days); where that window would run off either
 *       end the level continues the trend of the nearest full windows (their change over one
 *       season), so the newest periods are judged against the trend rather than against a
 *       window of older values;</li>
 *   <li>the seasonal effect of a period is the median of the de-levelled values at the same
 *       position in the four nearest other seasons (two before and two after, where the series
 *       allows), which follows a seasonal pattern that grows with the level and ignores one wild
 *       season. Series shorter than four seasons get no seasonal effect.</li>
 * </ol>
 */
final class RobustBaseline {

    private static final int NEAREST_SEASONS = 4;
    private static final int MIN_SEASONS_FOR_SEASONALITY = 4;
    /** Residuals this small relative to the series' magnitude are rounding noise of the medians. */
    private static final double ROUNDING_TOLERANCE = 1e-9;

    private RobustBaseline() {
    }

    /** The baseline of each period of {@code x} (no NaN) for the given season length. */
    static double[] of(double[] x, int seasonLength) {
        int half = seasonLength / 2;
        double[] roughSeason = seasonal(minus(x, movingAverage(x, seasonLength)), seasonLength);
        double[] level = extendAlongTrend(rollingMedian(minus(x, roughSeason), half), half, seasonLength);
        double[] season = seasonal(minus(x, level), seasonLength);
        double[] baseline = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            baseline[i] = level[i] + season[i];
        }
        return baseline;
    }

    /**
     * {@code x - baseline}, where residuals within a billionth of the largest |x| count as exactly
     * zero, so a perfectly regular (synthetic) series has no spread for rounding noise to exceed.
     */
    static double[] residuals(double[] x, double[] baseline) {
        double tolerance = ROUNDING_TOLERANCE * Arrays.stream(x).map(Math::abs).max().orElse(0);
        double[] residuals = minus(x, baseline);
        for (int i = 0; i < residuals.length; i++) {
            if (Math.abs(residuals[i]) <= tolerance) {
                residuals[i] = 0.0;
            }
        }
        return residuals;
    }

    /**
     * Centred average over one season: for an even season the 2xS average (half weight on the two
     * ends), for an odd one the plain average; truncated windows at the ends take a plain mean.
     */
    private static double[] movingAverage(double[] x, int seasonLength) {
        int half = seasonLength / 2;
        boolean even = seasonLength % 2 == 0;
        int n = x.length;
        double[] average = new double[n];
        for (int i = 0; i < n; i++) {
            int from = i - half;
            int to = i + half;
            if (from < 0 || to >= n) {
                average[i] = Arrays.stream(x, Math.max(0, from), Math.min(n, to + 1)).average().orElseThrow();
                continue;
            }
            double sum = 0;
            for (int j = from; j <= to; j++) {
                sum += x[j];
            }
            average[i] = even ? (sum - (x[from] + x[to]) / 2) / seasonLength : sum / seasonLength;
        }
        return average;
    }

    /** Median of the window {@code [i-half, i+half]} without {@code i} itself, truncated at the ends. */
    private static double[] rollingMedian(double[] x, int half) {
        int n = x.length;
        double[] level = new double[n];
        double[] others = new double[2 * half];
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int j = Math.max(0, i - half); j <= Math.min(n - 1, i + half); j++) {
                if (j != i) {
                    others[count++] = x[j];
                }
            }
            level[i] = count == 0 ? x[i] : OutlierDetector.median(Arrays.copyOf(others, count));
        }
        return level;
    }

    private static double[] extendAlongTrend(double[] level, int half, int seasonLength) {
        int firstFull = half;
        int lastFull = level.length - 1 - half;
        if (lastFull - firstFull < seasonLength) {
            return level;
        }
        double startSlope = (level[firstFull + seasonLength] - level[firstFull]) / seasonLength;
        double endSlope = (level[lastFull] - level[lastFull - seasonLength]) / seasonLength;
        double[] extended = level.clone();
        for (int i = 0; i < firstFull; i++) {
            extended[i] = level[firstFull] + startSlope * (i - firstFull);
        }
        for (int i = lastFull + 1; i < level.length; i++) {
            extended[i] = level[lastFull] + endSlope * (i - lastFull);
        }
        return extended;
    }

    /**
     * Median of the same seasonal position in the {@value #NEAREST_SEASONS} nearest other seasons
     * (both sides where possible), without the period itself.
     */
    private static double[] seasonal(double[] delevelled, int seasonLength) {
        int n = delevelled.length;
        double[] season = new double[n];
        if (n < MIN_SEASONS_FOR_SEASONALITY * seasonLength) {
            return season;
        }
        double[] others = new double[NEAREST_SEASONS];
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int k = 1; count < NEAREST_SEASONS && (i - k * seasonLength >= 0 || i + k * seasonLength < n); k++) {
                if (i - k * seasonLength >= 0) {
                    others[count++] = delevelled[i - k * seasonLength];
                }
                if (count < NEAREST_SEASONS && i + k * seasonLength < n) {
                    others[count++] = delevelled[i + k * seasonLength];
                }
            }
            season[i] = OutlierDetector.median(Arrays.copyOf(others, count));
        }
        return season;
    }

    private static double[] minus(double[] a, double[] b) {
        double[] difference = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            difference[i] = a[i] - b[i];
        }
        return difference;
    }
}
