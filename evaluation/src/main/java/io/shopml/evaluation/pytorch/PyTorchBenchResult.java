package io.shopml.evaluation.pytorch;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What {@code lstm_train_bench.py} reported.
 *
 * @param torchVersion the PyTorch version that ran, for example {@code 1.13.0a0}
 * @param steps timed optimizer steps
 * @param seconds wall time of the timed steps
 * @param stepsPerSecond {@code steps / seconds}
 * @param json the whole JSON line, parameters included, for reports
 */
public record PyTorchBenchResult(String torchVersion, int steps, double seconds, double stepsPerSecond,
                                 JsonNode json) {
}
