package io.shopml.evaluation.bench;

/**
 * Makes a model's {@link TrainBench}; found through {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/io.shopml.evaluation.bench.TrainBenchProvider}.
 */
public interface TrainBenchProvider {

    /** The name {@code bench train} takes, e.g. {@code forecaster}. */
    String model();

    TrainBench create(TrainBenchOptions options);
}
