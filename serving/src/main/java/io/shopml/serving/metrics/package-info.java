/**
 * Prometheus metrics of the serving tier ({@link io.shopml.serving.metrics.ServingMetrics}) and the
 * HTTP endpoint that exposes them on a port of its own ({@link io.shopml.serving.metrics.MetricsEndpoint}).
 *
 * <pre>{@code
 * ServingMetrics metrics = ServingMetrics.create();
 * try (MetricsEndpoint endpoint = MetricsEndpoint.start(8502, metrics)) { ... }
 * }</pre>
 */
package io.shopml.serving.metrics;
