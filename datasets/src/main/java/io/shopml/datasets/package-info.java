/**
 * Real data in, clean features out. The module knows about data, never about models.
 *
 * <p>A typical forecasting pipeline, from the bundled data to leakage-free training windows:
 * <pre>{@code
 * Path csv = BundledDatasets.extract(BundledDatasets.DRINKS_SALES);
 * TimeSeries raw = new SalesCsvReader().read(csv).get(0);
 * CleaningResult cleaned = new SeriesCleaner(CleaningOptions.defaults()).clean(raw);
 * TimeSeries series = cleaned.series();
 * TimeSplit split = TimeSplit.of(series.size(), 12, 12);
 * StandardScaler scaler = StandardScaler.fit(series.head(split.trainEnd()).values());
 * List<Window> train = SlidingWindows.of(series, 24, 6, 0, split.trainEnd());
 * }</pre>
 * The same example runs as {@code DatasetsUsageExampleTest}.
 *
 * <p>Subpackages: {@code timeseries} (the series type and its CSV reader), {@code cleaning}
 * (duplicates, gaps, missing values, outliers), {@code features} (scaling, calendar features,
 * splits, windows), {@code fingerprint} (content hashes for model provenance) and
 * {@code synthetic} (generated data for scale tests, never for quality claims).
 */
package io.shopml.datasets;
