/**
 * The serving load generator: drives a running server through KServe v2 {@code ModelInfer} with
 * asynchronous gRPC calls, records latencies in an HdrHistogram (warm-up excluded), and runs the
 * MLPerf-style scenarios: single-stream (p90), offline (throughput) and server (Poisson arrivals,
 * p99, highest rate meeting a p99 bound). Every run is bounded in calls and in time.
 *
 * <pre>{@code
 * LoadResult result = new LoadGenerator(channel, requests).run(new LoadSettings(16, 100, 2000, Duration.ofSeconds(30)));
 * List<ScenarioResult> scenarios = new ScenarioRunner(channel, requests).runAll(ScenarioSettings.defaults());
 * ReportJson.saveSection(ServeBenchSection.of("sales-forecaster", "localhost:8500", scenarios), Path.of("report"), "serve");
 * }</pre>
 */
package io.shopml.evaluation.serve;
