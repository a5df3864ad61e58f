/**
 * The serving load generator: drives a running server through KServe v2 {@code ModelInfer} with
 * asynchronous gRPC calls at a fixed concurrency, records latencies in an HdrHistogram (warm-up
 * excluded), and reports percentiles and throughput.
 *
 * <pre>{@code
 * LoadResult result = new LoadGenerator(channel, requests).run(new LoadSettings(16, 100, 2000, Duration.ofSeconds(30)));
 * System.out.println(result.summary());
 * }</pre>
 */
package io.shopml.evaluation.serve;
