/**
 * The sales time series type, its calendar and its CSV reader.
 *
 * <p>{@link io.shopml.datasets.timeseries.SalesCsvReader} gives raw series exactly as the file
 * holds them; {@code io.shopml.datasets.cleaning.SeriesCleaner} turns them into regular ones
 * ({@link io.shopml.datasets.timeseries.TimeSeries#isRegular()}) that features can use.
 */
package io.shopml.datasets.timeseries;
