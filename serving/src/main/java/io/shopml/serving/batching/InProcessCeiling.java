package io.shopml.serving.batching;

import io.shopml.serving.registry.InferenceRequest;
import io.shopml.serving.registry.ServableModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

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
     * would merge them), run back to back on {@code threads} threads at once (as many as the
     * server's workers) for about {@code duration}.
     *
     * @throws IllegalArgumentException when the requests cannot be merged into one batch
     */
    public static double rowsPerSecond(ServableModel model, List<InferenceRequest> requests, int threads,
                                       Duration duration) {
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
        AtomicLong runs = new AtomicLong();
        List<CompletableFuture<Void>> loops = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            loops.add(CompletableFuture.runAsync(() -> {
                for (int done = 0; done < MIN_RUNS || System.nanoTime() < until; done++) {
                    model.infer(batch);
                    runs.incrementAndGet();
                }
            }, runnable -> new Thread(runnable, "shopml-ceiling").start()));
        }
        loops.forEach(CompletableFuture::join);
        return rows * runs.get() / ((System.nanoTime() - start) / 1e9);
    }
}
