/**
 * Classical forecasting baselines that every learned model must beat: the seasonal naive
 * method and Holt-Winters exponential smoothing, both fitted on the history they are given and
 * nothing else.
 *
 * <pre>{@code
 * List<SeriesForecaster> models = List.of(new SeasonalNaive(), HoltWinters.auto());
 * ForecastResult next = HoltWinters.additive().forecast(series, 12);
 * }</pre>
 */
package io.shopml.evaluation.baselines;
