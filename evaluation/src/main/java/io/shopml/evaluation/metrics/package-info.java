/**
 * Quality measures on plain arrays, so that any model (DL4J, DJL, a baseline) is scored by the
 * same code: forecast accuracy ({@link io.shopml.evaluation.metrics.ForecastMetrics}),
 * classification ({@link io.shopml.evaluation.metrics.ClassificationMetrics}) and top-k ranking
 * ({@link io.shopml.evaluation.metrics.RankingMetrics}).
 *
 * <pre>{@code
 * double mase = ForecastMetrics.mase(actual, forecast, history, 12);
 * double coverage = ForecastMetrics.coverage(actual, lower, upper);
 * ClassificationMetrics c = ClassificationMetrics.of(List.of("great", "other"), actual, probabilities);
 * double f1 = c.macroF1(), auc = c.rocAuc();
 * double hr10 = RankingMetrics.meanHitRate(rankings, heldOut, 10);
 * }</pre>
 */
package io.shopml.evaluation.metrics;
