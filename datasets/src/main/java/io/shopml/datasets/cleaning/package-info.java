/**
 * From raw to regular series: duplicates, calendar gaps, missing values and outliers, each
 * change reported.
 *
 * <p>{@link io.shopml.datasets.cleaning.SeriesCleaner} is the entry point;
 * {@link io.shopml.datasets.cleaning.OutlierDetector} holds the Z-score and IQR rules as pure
 * functions on arrays.
 */
package io.shopml.datasets.cleaning;
