/**
 * Point and interval accuracy measures for forecasts, on plain arrays so that any model
 * (DL4J, DJL, a baseline) is scored by the same code.
 *
 * <pre>{@code
 * double mase = ForecastMetrics.mase(actual, forecast, history, 12);
 * double coverage = ForecastMetrics.coverage(actual, lower, upper);
 * }</pre>
 */
package io.shopml.evaluation.metrics;
