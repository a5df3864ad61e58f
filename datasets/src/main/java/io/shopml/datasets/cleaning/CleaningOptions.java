package io.shopml.datasets.cleaning;

import java.util.Objects;

/**
 * What {@link SeriesCleaner} does about outliers and missing values.
 *
 * <pre>{@code
 * CleaningOptions options = CleaningOptions.defaults().withClipOutliers(true);
 * }</pre>
 *
 * @param outlierMethod how outliers are recognised; default {@link OutlierMethod#IQR}
 * @param zThreshold for ZSCORE, the |z| above which a value is an outlier; default 3.0
 * @param iqrFactor for IQR, Tukey's k: fences at Q1 - k*IQR and Q3 + k*IQR; default 1.5
 * @param clipOutliers whether flagged values are clipped to the fence they crossed; default
 *     false (flag and report only)
 * @param fillMethod how missing periods are filled; default {@link FillMethod#LINEAR}
 */
public record CleaningOptions(OutlierMethod outlierMethod, double zThreshold, double iqrFactor,
        boolean clipOutliers, FillMethod fillMethod) {

    public CleaningOptions {
        Objects.requireNonNull(outlierMethod, "outlierMethod");
        Objects.requireNonNull(fillMethod, "fillMethod");
        requirePositive(zThreshold, "zThreshold");
        requirePositive(iqrFactor, "iqrFactor");
    }

    /** IQR outliers with k = 1.5 (z threshold 3.0 if switched to ZSCORE), not clipped, LINEAR fill. */
    public static CleaningOptions defaults() {
        return new CleaningOptions(OutlierMethod.IQR, 3.0, 1.5, false, FillMethod.LINEAR);
    }

    /** These options with another outlier method. */
    public CleaningOptions withOutlierMethod(OutlierMethod method) {
        return new CleaningOptions(method, zThreshold, iqrFactor, clipOutliers, fillMethod);
    }

    /** These options with clipping switched on or off. */
    public CleaningOptions withClipOutliers(boolean clip) {
        return new CleaningOptions(outlierMethod, zThreshold, iqrFactor, clip, fillMethod);
    }

    /** These options with another fill method. */
    public CleaningOptions withFillMethod(FillMethod method) {
        return new CleaningOptions(outlierMethod, zThreshold, iqrFactor, clipOutliers, method);
    }

    private static void requirePositive(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive finite number but was " + value);
        }
    }
}
