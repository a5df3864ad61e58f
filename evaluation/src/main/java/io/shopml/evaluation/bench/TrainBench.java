package io.shopml.evaluation.bench;

import io.shopml.evaluation.pytorch.PyTorchBenchResult;
import io.shopml.evaluation.pytorch.PyTorchPeer;

import java.util.Map;
import java.util.Optional;

/**
 * One model's training-speed benchmark for {@code shopml bench train <model>}: a fixed number of
 * optimizer steps of the shopml network, and the same architecture, batch and optimizer in
 * PyTorch through {@link PyTorchPeer}. Implementations come from {@link TrainBenchProvider}s.
 */
public interface TrainBench {

    /** What is trained: architecture, batch, optimizer, steps. */
    String description();

    /** Timed shopml training steps per second (after untimed warm-up steps). */
    double shopmlStepsPerSecond();

    /**
     * Mean milliseconds per step of each phase of the last {@link #shopmlStepsPerSecond} run (e.g.
     * batch, forward, backward, update), for benches that split a step; empty otherwise.
     */
    default Map<String, Double> shopmlPhasesMs() {
        return Map.of();
    }

    /** The PyTorch twin's result; empty when the peer cannot run here. */
    Optional<PyTorchBenchResult> peerStepsPerSecond(PyTorchPeer peer);
}
