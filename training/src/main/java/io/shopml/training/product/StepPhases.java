package io.shopml.training.product;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the product ResNet's training steps spend their time, summed over the steps recorded:
 * building the batch (augmentation and pixel encoding in Java), forward pass with the loss,
 * backward pass, optimizer update. PyTorch runs CPU operators synchronously, so the clock between
 * phases measures each phase. For the training-speed benchmark, next to the same split in PyTorch.
 */
public final class StepPhases {

    private long steps;
    private long batchNanos;
    private long forwardNanos;
    private long backwardNanos;
    private long updateNanos;

    void add(long batch, long forward, long backward, long update) {
        steps++;
        batchNanos += batch;
        forwardNanos += forward;
        backwardNanos += backward;
        updateNanos += update;
    }

    /** Mean milliseconds per step of each phase, in step order: batch, forward, backward, update. */
    public Map<String, Double> perStepMs() {
        Map<String, Double> ms = new LinkedHashMap<>();
        ms.put("batch", mean(batchNanos));
        ms.put("forward", mean(forwardNanos));
        ms.put("backward", mean(backwardNanos));
        ms.put("update", mean(updateNanos));
        return ms;
    }

    private double mean(long nanos) {
        return steps == 0 ? 0 : nanos / 1e6 / steps;
    }
}
