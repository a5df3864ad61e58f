package io.shopml.datasets.cleaning;

/** How unusual values are recognised; see {@link OutlierDetector} for the exact rules. */
public enum OutlierMethod {
    /** More than a threshold of standard deviations from the mean. */
    ZSCORE,
    /** Outside Tukey's fences: more than a factor of the interquartile range beyond a quartile. */
    IQR,
    /** Flag nothing. */
    NONE
}
