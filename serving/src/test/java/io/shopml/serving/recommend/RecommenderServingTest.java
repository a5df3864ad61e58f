package io.shopml.serving.recommend;

import inference.GRPCInferenceServiceGrpc;
import inference.GrpcPredictV2.InferParameter;
import inference.GrpcPredictV2.InferTensorContents;
import inference.GrpcPredictV2.ModelInferRequest;
import inference.GrpcPredictV2.ModelInferRequest.InferInputTensor;
import inference.GrpcPredictV2.ModelInferResponse;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.shopml.datasets.BundledDatasets;
import io.shopml.datasets.interactions.ItemTitles;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.recommend.RecommenderConfig;
import io.shopml.proto.v1.RecommendRequest;
import io.shopml.proto.v1.RecommendResponse;
import io.shopml.proto.v1.RecommendServiceGrpc;
import com.google.common.util.concurrent.ListenableFuture;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.shopml.serving.batching.BatchingOptions;
import io.shopml.serving.metrics.ServingMetrics;
import io.shopml.serving.registry.ModelOptions;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.RegistryOptions;
import io.shopml.serving.registry.VersionPolicy;
import io.shopml.serving.registry.ServableLoader;
import io.shopml.serving.server.InferenceServer;
import io.shopml.training.loop.RunDirectory;
import io.shopml.training.recommend.RecommenderData;
import io.shopml.training.recommend.RecommenderTrainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A recommender trained in the test on a slice of the real bundled MovieLens data (frequent users
 * and items only), exported, served on an ephemeral port and called through the generated stubs.
 */
class RecommenderServingTest {

    /** Toy Story (1995), Jurassic Park, Star Wars: all frequent in MovieLens. */
    private static final long[] HISTORY = {1, 480, 260};

    @TempDir
    static Path dir;

    private static InferenceServer server;
    private static ManagedChannel channel;
    private static GRPCInferenceServiceGrpc.GRPCInferenceServiceBlockingStub kserve;
    private static RecommendServiceGrpc.RecommendServiceBlockingStub recommend;

    @BeforeAll
    static void trainExportAndServe() throws Exception {
        RecommenderConfig config = new RecommenderConfig(5, 8, 20, 40, 1, 10, 8, 32, 1_000, 0.5, 1.0, 0.05, 100,
                10, 1e-3, 0, 5, 10, 5, 2, 0.1, 10, 50);
        RecommenderData data = RecommenderData.load(BundledDatasets.extract(BundledDatasets.MOVIELENS_RATINGS), 20, 40);
        ModelRepository repository = new ModelRepository(dir.resolve("repo"));
        new RecommenderTrainer(config, 3).train(data, RunDirectory.create(dir.resolve("runs"), "r"), false, List.of())
                .export(repository, "recommender",
                        ItemTitles.read(BundledDatasets.extract(BundledDatasets.MOVIELENS_MOVIES)));
        ModelRegistry registry = ModelRegistry.load(repository, ServableLoader.installed());
        server = InferenceServer.builder().port(0).registry(registry)
                .addService(new RecommendGrpcService(registry)).build().start();
        channel = ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
        kserve = GRPCInferenceServiceGrpc.newBlockingStub(channel).withDeadlineAfter(1, TimeUnit.MINUTES);
        recommend = RecommendServiceGrpc.newBlockingStub(channel).withDeadlineAfter(1, TimeUnit.MINUTES);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.close();
    }

    private static ModelInferRequest.Builder historyRequest(long[]... rows) {
        InferTensorContents.Builder contents = InferTensorContents.newBuilder();
        for (long[] row : rows) {
            for (long id : row) {
                contents.addInt64Contents(id);
            }
        }
        return ModelInferRequest.newBuilder().setModelName("recommender")
                .addInputs(InferInputTensor.newBuilder().setName("history").setDatatype("INT64")
                        .addShape(rows.length).addShape(rows[0].length).setContents(contents));
    }

    @Test
    void infer_withKParameter_returnsKUnseenItemsPerRowWithDescendingScores() {
        ModelInferResponse response = kserve.modelInfer(historyRequest(HISTORY, new long[] {2571, 593, 318})
                .putParameters("k", InferParameter.newBuilder().setInt64Param(7).build()).build());

        assertEquals(List.of("items", "scores"), response.getOutputsList().stream().map(t -> t.getName()).toList());
        assertEquals(List.of(2L, 7L), response.getOutputs(0).getShapeList());
        List<Long> firstRow = response.getOutputs(0).getContents().getInt64ContentsList().subList(0, 7);
        for (long seen : HISTORY) {
            assertFalse(firstRow.contains(seen), "history item " + seen + " recommended back");
        }
        List<Float> scores = response.getOutputs(1).getContents().getFp32ContentsList();
        for (int i = 1; i < 7; i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i), "scores descend");
        }
        assertFalse(response.containsParameters(RecommenderServable.UNKNOWN_ITEMS));
    }

    @Test
    void infer_withoutK_returnsTen_andReportsUnknownIds() {
        ModelInferResponse response = kserve.modelInfer(historyRequest(new long[] {1, 999_999_999L}).build());

        assertEquals(List.of(1L, 10L), response.getOutputs(0).getShapeList());
        assertEquals("999999999", response.getParametersOrThrow(RecommenderServable.UNKNOWN_ITEMS).getStringParam());
    }

    @Test
    void recommend_returnsTitledItemsFromTheBundledMovies() {
        RecommendResponse response = recommend.recommend(RecommendRequest.newBuilder()
                .addRecentItems(HISTORY[0]).addRecentItems(HISTORY[1]).addRecentItems(HISTORY[2]).setK(5).build());

        assertEquals(5, response.getItemsCount());
        assertEquals("1", response.getModelVersion());
        assertFalse(response.getPopularityFallback());
        response.getItemsList().forEach(item -> assertFalse(item.getTitle().isEmpty(), item.toString()));
    }

    @Test
    void recommend_withEmptyOrUnknownHistory_fallsBackToPopularityAndSaysSo() {
        RecommendResponse empty = recommend.recommend(RecommendRequest.newBuilder().setK(3).build());
        RecommendResponse unknown = recommend.recommend(RecommendRequest.newBuilder().addRecentItems(-5).setK(3).build());

        assertTrue(empty.getPopularityFallback());
        assertEquals(3, empty.getItemsCount());
        assertTrue(unknown.getPopularityFallback());
        assertEquals(List.of(-5L), unknown.getUnknownItemsList());
        assertEquals(empty.getItemsList(), unknown.getItemsList());
    }

    @Test
    void recommend_withExcludeSeenFalse_mayReturnHistoryItems_butDefaultNever() {
        RecommendRequest.Builder request = RecommendRequest.newBuilder().setK(50);
        for (long id : HISTORY) {
            request.addRecentItems(id);
        }
        List<Long> byDefault = recommend.recommend(request.build()).getItemsList().stream()
                .map(i -> i.getItemId()).toList();
        for (long seen : HISTORY) {
            assertFalse(byDefault.contains(seen));
        }
        assertEquals(50, recommend.recommend(request.setExcludeSeen(false).build()).getItemsCount());
    }

    @Test
    void infer_withExcludeSeenFalse_mayReturnHistoryItems() {
        ModelInferRequest request = historyRequest(HISTORY)
                .putParameters("k", InferParameter.newBuilder().setInt64Param(50).build())
                .putParameters(RecommenderServable.EXCLUDE_SEEN_PARAMETER, InferParameter.newBuilder().setBoolParam(false).build())
                .build();

        List<Long> items = kserve.modelInfer(request).getOutputs(0).getContents().getInt64ContentsList();

        assertEquals(50, items.size());
        assertTrue(items.stream().anyMatch(item -> item == 1L || item == 480L || item == 260L),
                "50 of the 50-item catalogue slice with the history allowed must include a history item: " + items);
    }

    @Test
    @Timeout(120)
    void typedCallsBatchedTogether_eachGetOnlyTheirOwnUnknownIdsAndFallback() throws Exception {
        BatchingOptions slowBatching = new BatchingOptions(32, Duration.ofMillis(500), 64, 1);
        RegistryOptions options = new RegistryOptions(new ModelOptions(VersionPolicy.latest(1), Map.of(), slowBatching),
                Map.of(), ServingMetrics.create(), Duration.ofSeconds(10), Duration.ZERO);
        ModelRegistry registry = ModelRegistry.load(new ModelRepository(dir.resolve("repo")), ServableLoader.installed(),
                options);
        try (InferenceServer batching = InferenceServer.builder().port(0).registry(registry)
                .addService(new RecommendGrpcService(registry)).build().start()) {
            ManagedChannel batchingChannel = ManagedChannelBuilder.forAddress("localhost", batching.port()).usePlaintext().build();
            try {
                RecommendServiceGrpc.RecommendServiceFutureStub stub = RecommendServiceGrpc.newFutureStub(batchingChannel);
                double batchesBefore = batchExecutions(registry);
                long[][] histories = {{1, 900_000_001L}, {480, 900_000_002L}, {900_000_003L, 900_000_004L}};
                List<ListenableFuture<RecommendResponse>> calls = new ArrayList<>();
                for (long[] history : histories) {
                    RecommendRequest.Builder request = RecommendRequest.newBuilder().setK(5);
                    Arrays.stream(history).forEach(request::addRecentItems);
                    calls.add(stub.recommend(request.build()));
                }

                assertEquals(List.of(900_000_001L), calls.get(0).get().getUnknownItemsList());
                assertEquals(List.of(900_000_002L), calls.get(1).get().getUnknownItemsList());
                assertEquals(List.of(900_000_003L, 900_000_004L), calls.get(2).get().getUnknownItemsList());
                assertFalse(calls.get(0).get().getPopularityFallback());
                assertFalse(calls.get(1).get().getPopularityFallback());
                assertTrue(calls.get(2).get().getPopularityFallback());
                assertTrue(batchExecutions(registry) - batchesBefore < histories.length,
                        "the three calls were not merged: " + (batchExecutions(registry) - batchesBefore) + " executions");
            } finally {
                batchingChannel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }

    private static double batchExecutions(ModelRegistry registry) {
        return registry.metrics().registry().scrape().stream()
                .filter(snapshot -> snapshot.getMetadata().getName().equals("shopml_batch_executions"))
                .flatMap(snapshot -> ((CounterSnapshot) snapshot).getDataPoints().stream())
                .mapToDouble(CounterSnapshot.CounterDataPointSnapshot::getValue).sum();
    }

    @Test
    void kOutOfRange_returnsInvalidArgumentNamingK() {
        StatusRuntimeException typed = assertThrows(StatusRuntimeException.class, () -> recommend.recommend(
                RecommendRequest.newBuilder().addRecentItems(1).setK(51).build()));
        StatusRuntimeException viaKserve = assertThrows(StatusRuntimeException.class, () -> kserve.modelInfer(
                historyRequest(HISTORY).putParameters("k", InferParameter.newBuilder().setInt64Param(0).build()).build()));
        StatusRuntimeException notANumber = assertThrows(StatusRuntimeException.class, () -> kserve.modelInfer(
                historyRequest(HISTORY).putParameters("k", InferParameter.newBuilder().setStringParam("ten").build())
                        .build()));

        for (StatusRuntimeException e : List.of(typed, viaKserve, notANumber)) {
            assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
            assertTrue(e.getStatus().getDescription().contains("k"), e.getStatus().getDescription());
        }
    }

    @Test
    void wrongDatatypeOrShape_returnsInvalidArgumentNamingHistory() {
        ModelInferRequest floats = ModelInferRequest.newBuilder().setModelName("recommender")
                .addInputs(InferInputTensor.newBuilder().setName("history").setDatatype("FP32").addShape(1).addShape(1)
                        .setContents(InferTensorContents.newBuilder().addFp32Contents(1f))).build();
        ModelInferRequest flat = ModelInferRequest.newBuilder().setModelName("recommender")
                .addInputs(InferInputTensor.newBuilder().setName("history").setDatatype("INT64").addShape(1)
                        .setContents(InferTensorContents.newBuilder().addInt64Contents(1))).build();

        for (ModelInferRequest bad : List.of(floats, flat)) {
            StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> kserve.modelInfer(bad));
            assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
            assertTrue(e.getStatus().getDescription().contains("history"), e.getStatus().getDescription());
        }
    }
}
