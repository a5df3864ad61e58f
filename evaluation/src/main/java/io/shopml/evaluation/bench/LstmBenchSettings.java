package io.shopml.evaluation.bench;

import java.util.List;

/**
 * The forecaster architecture and batch both frameworks train in a speed comparison (defaults:
 * DESIGN.md's reference measurement, a 1-layer LSTM of 64 units, batch 256, 48 steps).
 */
public record LstmBenchSettings(int features, int window, int horizon, int units, int layers, int batch, int steps,
                                int warmup, int threads) {

    public static LstmBenchSettings reference(int threads) {
        return new LstmBenchSettings(4, 24, 12, 64, 1, 256, 48, 5, threads);
    }

    /** The same settings as flags of evaluation/pytorch/lstm_train_bench.py. */
    public List<String> pythonArguments() {
        return List.of("--features", Integer.toString(features), "--window", Integer.toString(window),
                "--horizon", Integer.toString(horizon), "--units", Integer.toString(units),
                "--layers", Integer.toString(layers), "--batch", Integer.toString(batch),
                "--steps", Integer.toString(steps), "--warmup", Integer.toString(warmup),
                "--threads", Integer.toString(threads));
    }
}
