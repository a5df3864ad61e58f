package io.shopml.evaluation.bench;

/**
 * What {@code bench train} may change for every model.
 *
 * @param steps   timed steps
 * @param warmup  untimed warm-up steps
 * @param batch   batch size; 0 for the model's reference batch
 * @param threads threads for the PyTorch peer (shopml uses its backend's default)
 */
public record TrainBenchOptions(int steps, int warmup, int batch, int threads) {

    public TrainBenchOptions {
        if (steps < 1 || warmup < 0 || batch < 0 || threads < 1) {
            throw new IllegalArgumentException("need steps >= 1, warmup >= 0, batch >= 0 (0: the model's own) and "
                    + "threads >= 1, got " + steps + ", " + warmup + ", " + batch + ", " + threads);
        }
    }
}
