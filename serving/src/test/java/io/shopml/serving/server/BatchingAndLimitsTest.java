package io.shopml.serving.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.util.concurrent.ListenableFuture;
import inference.GRPCInferenceServiceGrpc;
import inference.GrpcPredictV2.InferTensorContents;
import inference.GrpcPredictV2.ModelInferRequest;
import inference.GrpcPredictV2.ModelInferRequest.InferInputTensor;
import inference.GrpcPredictV2.ModelInferResponse;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.serving.batching.BatchingOptions;
import io.shopml.serving.kserve.RequestLimits;
import io.shopml.serving.metrics.ServingMetrics;
import io.shopml.serving.registry.ModelOptions;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.RegistryOptions;
import io.shopml.serving.registry.ScaleLoader;
import io.shopml.serving.registry.ServableLoader;
import io.shopml.serving.registry.TestRepositories;
import io.shopml.serving.registry.VersionPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Dynamic batching, queue limits, deadlines and request-size limits through a real server. */
class BatchingAndLimitsTest {

    @TempDir
    Path root;

    private ModelRepository repository;
    private RunningServer running;

    @BeforeEach
    void commitModel() throws IOException {
        repository = new ModelRepository(root);
        TestRepositories.commitScaleModel(repository, "scaler", 2f);
    }

    @AfterEach
    void stopServer() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    @Timeout(60)
    void concurrentRequests_areMergedIntoOneExecution_andEachGetsItsOwnRows() throws Exception {
        start(new ScaleLoader(), new BatchingOptions(16, Duration.ofMillis(500), 64, 1), RequestLimits.DEFAULT);
        GRPCInferenceServiceGrpc.GRPCInferenceServiceFutureStub stub =
                GRPCInferenceServiceGrpc.newFutureStub(running.channel());
        List<ListenableFuture<ModelInferResponse>> calls = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            calls.add(stub.modelInfer(ScaleCalls.request("scaler", "", i, i)));
        }

        int rowsSeenTogether = 0;
        for (int i = 1; i <= 4; i++) {
            ModelInferResponse response = calls.get(i - 1).get();
            assertEquals(i * 3, ScaleCalls.y(response).size());
            float expected = 2f * i;
            assertTrue(ScaleCalls.y(response).stream().allMatch(value -> value == expected), ScaleCalls.y(response).toString());
            rowsSeenTogether = Math.max(rowsSeenTogether, (int) response.getParametersOrThrow("rows").getInt64Param());
        }
        assertTrue(rowsSeenTogether > 4, "no two requests were merged: the model saw at most " + rowsSeenTogether + " rows");
    }

    @Test
    @Timeout(60)
    void fullQueue_answersResourceExhaustedAtOnce_andTheServerRecovers() throws Exception {
        GatedLoader gated = new GatedLoader();
        start(gated, new BatchingOptions(1, Duration.ZERO, 1, 1), RequestLimits.DEFAULT);
        GRPCInferenceServiceGrpc.GRPCInferenceServiceFutureStub stub =
                GRPCInferenceServiceGrpc.newFutureStub(running.channel());
        ListenableFuture<ModelInferResponse> running1 = stub.modelInfer(ScaleCalls.request("scaler", "", 1, 1f));
        gated.callEntered.await();
        ListenableFuture<ModelInferResponse> queued = stub.modelInfer(ScaleCalls.request("scaler", "", 1, 1f));
        awaitQueued(1);

        StatusRuntimeException error = assertThrows(StatusRuntimeException.class,
                () -> running.kserve().modelInfer(ScaleCalls.request("scaler", "", 1, 1f)));

        assertEquals(Status.Code.RESOURCE_EXHAUSTED, error.getStatus().getCode());
        assertTrue(error.getStatus().getDescription().contains("queue_capacity"), error.getStatus().getDescription());
        gated.gate.countDown();
        assertEquals(List.of(2f, 2f, 2f), ScaleCalls.y(running1.get()));
        assertEquals(List.of(2f, 2f, 2f), ScaleCalls.y(queued.get()));
        assertEquals(List.of(2f, 2f, 2f), ScaleCalls.y(running.kserve().modelInfer(ScaleCalls.request("scaler", "", 1, 1f))));
    }

    @Test
    @Timeout(60)
    void requestPastItsDeadline_getsDeadlineExceeded_andIsDroppedBeforeItRuns() throws Exception {
        GatedLoader gated = new GatedLoader();
        start(gated, new BatchingOptions(1, Duration.ZERO, 8, 1), RequestLimits.DEFAULT);
        ListenableFuture<ModelInferResponse> first = GRPCInferenceServiceGrpc.newFutureStub(running.channel())
                .modelInfer(ScaleCalls.request("scaler", "", 1, 1f));
        gated.callEntered.await();

        StatusRuntimeException error = assertThrows(StatusRuntimeException.class, () -> running.kserve()
                .withDeadlineAfter(200, TimeUnit.MILLISECONDS).modelInfer(ScaleCalls.request("scaler", "", 1, 1f)));
        ListenableFuture<ModelInferResponse> cancelled = GRPCInferenceServiceGrpc.newFutureStub(running.channel())
                .modelInfer(ScaleCalls.request("scaler", "", 1, 1f));
        awaitQueued(2);
        cancelled.cancel(true);
        Thread.sleep(200);
        gated.gate.countDown();

        assertEquals(Status.Code.DEADLINE_EXCEEDED, error.getStatus().getCode());
        assertEquals(List.of(2f, 2f, 2f), ScaleCalls.y(first.get()));
        assertEquals(List.of(2f, 2f, 2f), ScaleCalls.y(running.kserve().modelInfer(ScaleCalls.request("scaler", "", 1, 1f))));
        assertEquals(2, gated.calls.get(), "the expired and the cancelled request must not reach the model");
    }

    @Test
    void requestOverTheTensorOrElementLimit_isRefusedNamingTheLimit() throws IOException {
        start(new ScaleLoader(), BatchingOptions.DEFAULT, new RequestLimits(1, 30));

        StatusRuntimeException tooMany = assertThrows(StatusRuntimeException.class, () -> running.kserve().modelInfer(
                ScaleCalls.request("scaler", "", 1, 1f).toBuilder().addInputs(InferInputTensor.newBuilder()
                        .setName("z").setDatatype("FP32").addShape(1).setContents(InferTensorContents.newBuilder()
                                .addFp32Contents(1f))).build()));
        StatusRuntimeException tooLarge = assertThrows(StatusRuntimeException.class,
                () -> running.kserve().modelInfer(ScaleCalls.request("scaler", "", 11, 1f)));

        assertEquals(Status.Code.INVALID_ARGUMENT, tooMany.getStatus().getCode());
        assertTrue(tooMany.getStatus().getDescription().contains("max_tensors_per_request"));
        assertEquals(Status.Code.INVALID_ARGUMENT, tooLarge.getStatus().getCode());
        assertTrue(tooLarge.getStatus().getDescription().contains("max_elements_per_request"));
        assertEquals(30, ScaleCalls.y(running.kserve().modelInfer(ScaleCalls.request("scaler", "", 10, 1f))).size());
    }

    private void start(ServableLoader loader, BatchingOptions batching, RequestLimits limits) throws IOException {
        RegistryOptions options = new RegistryOptions(
                new ModelOptions(VersionPolicy.latest(1), Map.of(), batching), Map.of(), ServingMetrics.create(),
                Duration.ofSeconds(10), Duration.ZERO);
        running = RunningServer.start(InferenceServer.builder()
                .registry(ModelRegistry.load(repository, List.of(loader), options))
                .requestLimits(limits)
                .shutdownGracePeriod(Duration.ofSeconds(10)));
    }

    private void awaitQueued(int requests) throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (running.server().registry().route("scaler", "").scheduler().pending() < requests + 1
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }
}
