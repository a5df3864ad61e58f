package io.shopml.serving.batching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.shopml.models.artifact.Manifest;
import io.shopml.serving.metrics.ServingMetrics;
import io.shopml.serving.registry.InferenceRequest;
import io.shopml.serving.registry.InferenceResult;
import io.shopml.serving.registry.ServableModel;
import io.shopml.serving.tensor.DataType;
import io.shopml.serving.tensor.Tensor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class BatchSchedulerTest {

    @Test
    @Timeout(30)
    void mergedRequests_eachGetTheirOwnRowFacts_withTheirOwnRowIndices() {
        NegativeRowsModel model = new NegativeRowsModel();
        // A long delay and a big batch: the three requests below are queued before the first runs.
        BatchingOptions options = new BatchingOptions(64, Duration.ofSeconds(2), 16, 1);
        try (BatchScheduler scheduler = new BatchScheduler(model, options, ServingMetrics.create())) {
            CompletableFuture<InferenceResult> first = scheduler.submit(request(1f, -2f));
            CompletableFuture<InferenceResult> second = scheduler.submit(request(3f));
            CompletableFuture<InferenceResult> third = scheduler.submit(request(-4f, 5f, -6f));

            assertEquals("1", first.join().parameters().get(NegativeRowsModel.PARAMETER));
            assertEquals("", second.join().parameters().get(NegativeRowsModel.PARAMETER));
            assertEquals("0,2", third.join().parameters().get(NegativeRowsModel.PARAMETER));
            assertEquals(List.of(-4f, 5f, -6f), values(third.join()));
            assertEquals(1, model.executions.get(), "the three requests ran as one batch");
            assertEquals(List.of("x"), third.join().outputs().stream().map(Tensor::name).toList(),
                    "the per-row facts stay internal");
        }
    }

    @Test
    @Timeout(30)
    void requestsOfDifferentBatchGroups_runInSeparateBatches_eachTakingItsQueuedGroupMates() {
        NegativeRowsModel model = new NegativeRowsModel();
        model.groupBySign = true;
        BatchingOptions options = new BatchingOptions(64, Duration.ofSeconds(1), 16, 1);
        try (BatchScheduler scheduler = new BatchScheduler(model, options, ServingMetrics.create())) {
            List<CompletableFuture<InferenceResult>> results = new ArrayList<>();
            for (float x : new float[] {1f, -1f, 2f, -2f, 3f}) {
                results.add(scheduler.submit(request(x)));
            }
            results.forEach(CompletableFuture::join);

            assertEquals(List.of(List.of(1f, 2f, 3f), List.of(-1f, -2f)), model.batches,
                    "one batch per group, each with its group's requests in arrival order");
        }
    }

    private static InferenceRequest request(float... rows) {
        return new InferenceRequest(Map.of("x", new Tensor("x", DataType.FP32, new long[] {rows.length, 1}, rows)),
                Map.of(), Set.of());
    }

    private static List<Float> values(InferenceResult result) {
        List<Float> values = new ArrayList<>();
        for (float v : result.output("x").floats()) {
            values.add(v);
        }
        return values;
    }

    /** Echoes x and reports, per caller, which of its rows were negative: a row fact like truncated texts. */
    private static final class NegativeRowsModel implements ServableModel {
        static final String PARAMETER = "negative_rows";
        final AtomicInteger executions = new AtomicInteger();
        final List<List<Float>> batches = new java.util.concurrent.CopyOnWriteArrayList<>();
        boolean groupBySign;

        @Override
        public String batchGroup(InferenceRequest request) {
            return groupBySign && request.inputs().get("x").floats()[0] < 0 ? "negative" : "";
        }

        @Override
        public Manifest manifest() {
            throw new UnsupportedOperationException("not needed by the scheduler");
        }

        @Override
        public String name() {
            return "negative-rows";
        }

        @Override
        public int version() {
            return 1;
        }

        @Override
        public boolean supportsBatching() {
            return true;
        }

        @Override
        public InferenceResult infer(InferenceRequest request) {
            executions.incrementAndGet();
            float[] x = request.inputs().get("x").floats();
            List<Float> rows = new ArrayList<>();
            for (float v : x) {
                rows.add(v);
            }
            batches.add(rows);
            boolean[] negative = new boolean[x.length];
            for (int i = 0; i < x.length; i++) {
                negative[i] = x[i] < 0;
            }
            return new InferenceResult(List.of(request.inputs().get("x"),
                    new Tensor("negative", DataType.BOOL, new long[] {x.length}, negative)), Map.of());
        }

        @Override
        public InferenceResult forCaller(InferenceResult rows) {
            boolean[] negative = (boolean[]) rows.output("negative").data();
            List<String> indices = new ArrayList<>();
            for (int i = 0; i < negative.length; i++) {
                if (negative[i]) {
                    indices.add(Integer.toString(i));
                }
            }
            return new InferenceResult(List.of(rows.output("x")), Map.of(PARAMETER, String.join(",", indices)));
        }

        @Override
        public void close() {
        }
    }
}
