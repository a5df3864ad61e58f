package io.shopml.training.forecast;

import io.shopml.datasets.cleaning.CleaningOptions;
import io.shopml.datasets.cleaning.CleaningReport;
import io.shopml.datasets.cleaning.CleaningResult;
import io.shopml.datasets.cleaning.SeriesCleaner;
import io.shopml.datasets.timeseries.SalesCsvReader;
import io.shopml.datasets.timeseries.TimeSeries;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a sales CSV and cleans every series the same way for training, evaluation and
 * quickstart, so their numbers are comparable.
 *
 * @param data    the cleaned series with the fingerprint of the cleaned values
 * @param reports one cleaning report per series (duplicates, filled gaps, outliers)
 */
public record ForecastDataPreparation(ForecastData data, List<CleaningReport> reports) {

    public static ForecastDataPreparation load(Path csv, SalesCsvReader reader, CleaningOptions options) {
        SeriesCleaner cleaner = new SeriesCleaner(options);
        List<TimeSeries> cleaned = new ArrayList<>();
        List<CleaningReport> reports = new ArrayList<>();
        for (TimeSeries raw : reader.read(csv)) {
            CleaningResult result = cleaner.clean(raw);
            cleaned.add(result.series());
            reports.add(result.report());
        }
        return new ForecastDataPreparation(ForecastData.of(cleaned, csv.getFileName().toString()), reports);
    }
}
