package io.shopml.datasets.cleaning;

import io.shopml.datasets.timeseries.TimeSeries;

/**
 * The regular series and what it took to get there.
 *
 * @param series sorted, one period apart, no missing values
 * @param report every change made, for logs and the model manifest
 */
public record CleaningResult(TimeSeries series, CleaningReport report) {
}
