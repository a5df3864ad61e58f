package io.shopml.training.forecast;

import io.shopml.datasets.fingerprint.DatasetFingerprint;
import io.shopml.datasets.timeseries.TimeSeries;

import java.util.List;

/**
 * Cleaned series to train on, and where they came from (for the manifest's fingerprint).
 *
 * @param series cleaned, gap-free series (one global model is trained over all of them)
 * @param source file name or description of the data
 * @param sha256 fingerprint of the cleaned data
 */
public record ForecastData(List<TimeSeries> series, String source, String sha256) {

    public ForecastData {
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("no series to train on");
        }
    }

    public static ForecastData of(List<TimeSeries> series, String source) {
        return new ForecastData(series, source, DatasetFingerprint.sha256(series));
    }

    public long values() {
        return series.stream().mapToLong(TimeSeries::size).sum();
    }
}
