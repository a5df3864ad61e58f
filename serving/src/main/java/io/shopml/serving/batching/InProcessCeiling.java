package io.shopml.serving.batching;

import io.shopml.serving.registry.InferenceRequest;
import io.shopml.serving.registry.ServableModel;
import java.time.Duration;
import java.util.List;

/**
 * A model's batched throughput in this process, with no gRPC, queue or thread hand-off: the
 * ceiling that served throughput is compared with, so the serving overhead shows as a ratio.
 */
public final class InProcessCeiling {

    private static final int WARM_UP_RUNS = 2;
    private static final int MIN_RUNS = 3;

    private InProcessCeiling() {
    }

    /**
     * Rows per second of {@code model} on {@code requests} merged into one batch (as the scheduler
     * would merge them), run back to back on the calling thread for about {@code duration}.
     *
     * @throws IllegalArgumentException when the requests cannot be merged into one batch
     */
    public static double rowsPerSecond(ServableModel model, List<InferenceRequest> requests, Duration duration) {
        for (InferenceRequest request : requests) {
            if (!BatchAssembler.compatible(requests.get(0), request) || BatchAssembler.rows(request).isEmpty()) {
                throw new IllegalArgumentException("the requests do not merge into one batch along dimension 0");
            }
        }
        InferenceRequest batch = BatchAssembler.merge(requests);
        long rows = BatchAssembler.rows(batch).orElseThrow();
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            model.infer(batch);
        }
        long start = System.nanoTime();
        long until = start + duration.toNanos();
        int runs = 0;
        while (runs < MIN_RUNS || System.nanoTime() < until) {
            model.infer(batch);
            runs++;
        }
        return rows * runs / ((System.nanoTime() - start) / 1e9);
    }
}
