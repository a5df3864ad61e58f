package io.shopml.datasets.cleaning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the values of a regular series that are unusual for their point in trend and season:
 * the Z-score or IQR rule applied to the residuals from a {@link RobustBaseline}.
 *
 * <p>Sales grow in two ways: a seasonal swing of fixed size on a rising level (additive), or a
 * swing that grows with the level (multiplicative, additive on the log scale). A series whose
 * values are all positive is fitted both ways and judged on the scale where it is more regular:
 * the smaller interquartile range of residuals, relative to the median |value| on the own scale
 * (log residuals are relative already). Other series are judged on their own scale. Bounds are
 * always reported in the series' units.
 */
final class SeasonalOutlierFinder {

    private SeasonalOutlierFinder() {
    }

    /** The outliers in date order; {@code method} must not be {@link OutlierMethod#NONE}. */
    static List<Outlier> find(List<LocalDate> dates, double[] values, int seasonLength, CleaningOptions options) {
        Fit fit = Fit.onOwnScale(values, seasonLength);
        if (Arrays.stream(values).allMatch(value -> value > 0)) {
            Fit logFit = Fit.onLogScale(values, seasonLength);
            if (logFit.relativeSpread < fit.relativeSpread) {
                fit = logFit;
            }
        }
        OutlierFences fences = options.outlierMethod() == OutlierMethod.ZSCORE
                ? OutlierDetector.zScoreFences(fit.residuals, options.zThreshold())
                : OutlierDetector.iqrFences(fit.residuals, options.iqrFactor());
        List<Outlier> outliers = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (fences.isOutlier(fit.residuals[i])) {
                outliers.add(new Outlier(dates.get(i), values[i], fences.score(fit.residuals[i]),
                        fit.toValue(fit.baseline[i] + fences.lowerBound()),
                        fit.toValue(fit.baseline[i] + fences.upperBound()), options.outlierMethod()));
            }
        }
        return outliers;
    }

    /** Baseline and residuals on one scale, and how regular the series looks on it. */
    private record Fit(double[] baseline, double[] residuals, boolean logScale, double relativeSpread) {

        static Fit onOwnScale(double[] values, int seasonLength) {
            double[] baseline = RobustBaseline.of(values, seasonLength);
            double[] residuals = RobustBaseline.residuals(values, baseline);
            double typical = OutlierDetector.median(Arrays.stream(values).map(Math::abs).toArray());
            return new Fit(baseline, residuals, false, spread(residuals) / typical);
        }

        static Fit onLogScale(double[] values, int seasonLength) {
            double[] logs = Arrays.stream(values).map(Math::log).toArray();
            double[] baseline = RobustBaseline.of(logs, seasonLength);
            double[] residuals = RobustBaseline.residuals(logs, baseline);
            return new Fit(baseline, residuals, true, spread(residuals));
        }

        double toValue(double onScale) {
            return logScale ? Math.exp(onScale) : onScale;
        }

        private static double spread(double[] residuals) {
            return OutlierDetector.iqrFences(residuals, 0).spread();
        }
    }
}
