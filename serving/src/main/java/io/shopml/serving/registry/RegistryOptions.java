package io.shopml.serving.registry;

import io.shopml.serving.metrics.ServingMetrics;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of a {@link ModelRegistry}: per-model options (policy, labels, batching) with a default
 * for models not named, the metrics the batchers report to, how long an unloaded version's queue
 * may drain, and how long its model stays open after that for callers that took it with
 * {@link ModelRegistry#get} (typed services) before it is closed.
 *
 * @param defaults     options of every model not in {@code perModel}
 * @param perModel     options by model name
 * @param metrics      where queue, batch and compute metrics go
 * @param drainTimeout how long an unloaded version's queued requests may take to finish
 * @param closeDelay   how long after draining an unloaded version is closed
 */
public record RegistryOptions(ModelOptions defaults, Map<String, ModelOptions> perModel, ServingMetrics metrics,
                              Duration drainTimeout, Duration closeDelay) {

    /** Keeps an unmodifiable copy of {@code perModel}. */
    public RegistryOptions {
        Objects.requireNonNull(defaults, "defaults");
        perModel = Map.copyOf(perModel);
        Objects.requireNonNull(metrics, "metrics");
    }

    /** Default model options for every model, fresh metrics, 30 s drain, 1 s close delay. */
    public static RegistryOptions standard() {
        return new RegistryOptions(ModelOptions.DEFAULT, Map.of(), ServingMetrics.create(), Duration.ofSeconds(30),
                Duration.ofSeconds(1));
    }

    /** The options of model {@code name}. */
    public ModelOptions options(String name) {
        return perModel.getOrDefault(name, defaults);
    }

    /** The same settings with these metrics. */
    public RegistryOptions withMetrics(ServingMetrics newMetrics) {
        return new RegistryOptions(defaults, perModel, newMetrics, drainTimeout, closeDelay);
    }
}
