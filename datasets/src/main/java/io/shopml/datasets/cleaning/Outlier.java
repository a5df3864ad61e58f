package io.shopml.datasets.cleaning;

import java.time.LocalDate;

/**
 * One flagged value, with the evidence.
 *
 * <p>Bounds are in the series' own units and local to the date: the robust baseline of that
 * period (see {@link SeriesCleaner}) plus the fences on the residuals. A clipped value becomes
 * the bound it crossed.
 *
 * @param date the period
 * @param value the value before any clipping
 * @param score how far out the residual is: |z| for ZSCORE, interquartile ranges beyond the
 *     nearer quartile for IQR (see {@link OutlierFences#score})
 * @param lowerBound the lowest value that would not have been flagged
 * @param upperBound the highest value that would not have been flagged
 * @param method the method that flagged it
 */
public record Outlier(LocalDate date, double value, double score, double lowerBound, double upperBound,
        OutlierMethod method) {
}
