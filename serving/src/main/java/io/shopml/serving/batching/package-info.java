/**
 * Dynamic batching: each served version has a {@link io.shopml.serving.batching.BatchScheduler}
 * with its own bounded queue and workers that merges compatible requests along dimension 0, runs
 * them as one execution and splits the outputs, within {@link io.shopml.serving.batching.BatchingOptions}
 * (max batch size, max queue delay, queue capacity, workers).
 *
 * <pre>{@code
 * BatchScheduler scheduler = new BatchScheduler(model, new BatchingOptions(32, Duration.ofMillis(1), 256, 2), metrics);
 * InferenceResult result = scheduler.submit(request).join();
 * }</pre>
 */
package io.shopml.serving.batching;
