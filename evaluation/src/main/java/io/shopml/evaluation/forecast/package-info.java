/**
 * Rolling-origin evaluation of forecasters: the {@link io.shopml.evaluation.forecast.SeriesForecaster}
 * contract every model (baseline or learned) implements, and the evaluator that scores them on
 * the same series, origins and metrics.
 *
 * <pre>{@code
 * ForecastEvaluation evaluation = new RollingOriginEvaluator()
 *         .evaluate(series, 12, List.of(new SeasonalNaive(), HoltWinters.auto(), lstm));
 * System.out.println(evaluation.toTable());
 * evaluation.writeJson(Path.of("report/forecast-evaluation.json"));
 * }</pre>
 */
package io.shopml.evaluation.forecast;
