package io.shopml.serving.sentiment;

import io.shopml.serving.registry.InferenceRequest;
import io.shopml.serving.registry.ServableModel;
import io.shopml.serving.tensor.DataType;
import io.shopml.serving.tensor.Tensor;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import org.junit.jupiter.api.Timeout;
import com.google.protobuf.ByteString;
import inference.GRPCInferenceServiceGrpc;
import inference.GrpcPredictV2.InferTensorContents;
import inference.GrpcPredictV2.ModelInferRequest;
import inference.GrpcPredictV2.ModelInferRequest.InferInputTensor;
import inference.GrpcPredictV2.ModelInferResponse;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.shopml.datasets.BundledDatasets;
import io.shopml.datasets.reviews.ReviewCsvReader;
import io.shopml.datasets.reviews.ReviewDataset;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.sentiment.SentimentConfig;
import io.shopml.models.sentiment.TorchScriptImport;
import io.shopml.proto.v1.ClassifyRequest;
import io.shopml.proto.v1.ClassifyResponse;
import io.shopml.proto.v1.SentimentServiceGrpc;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.ServableLoader;
import io.shopml.serving.server.InferenceServer;
import io.shopml.training.loop.RunDirectory;
import io.shopml.training.sentiment.SentimentTrainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tiny BERT trained in the test on real reviews and the committed TorchScript fixture
 * (see {@code torchscript/make_fixture.py}) imported beside it, served on an ephemeral port and
 * called through the generated stubs.
 */
class SentimentServingTest {

    private static final String FIXTURE = "/io/shopml/serving/sentiment/torchscript/";

    @TempDir
    static Path dir;

    private static InferenceServer server;
    private static ManagedChannel channel;
    private static GRPCInferenceServiceGrpc.GRPCInferenceServiceBlockingStub kserve;
    private static SentimentServiceGrpc.SentimentServiceBlockingStub sentiment;

    @BeforeAll
    static void trainImportAndServe() throws Exception {
        ReviewDataset all = new ReviewCsvReader().read(BundledDatasets.extract(BundledDatasets.REVIEWS_TRAIN));
        Path slice = dir.resolve("slice.csv");
        StringBuilder csv = new StringBuilder("review,score\n");
        all.reviews().subList(0, 160).forEach(r -> csv.append('"').append(r.text().replace("\"", "\"\""))
                .append("\",").append(r.label()).append('\n'));
        Files.writeString(slice, csv);
        ModelRepository repository = new ModelRepository(dir.resolve("repo"));
        new SentimentTrainer(new SentimentConfig(500, 24, 32, 1, 2, 64, 0.1, 1, 1, 16, 1e-3, 1e-3, 0, 1, 0.15, 0.2), 5)
                .train(new ReviewCsvReader().read(slice), RunDirectory.create(dir.resolve("runs"), "s"), false, List.of())
                .export(repository, "review-sentiment");
        TorchScriptImport.importModel(repository, "imported-sentiment", fixture("model.pt"), fixture("tokenizer.json"),
                List.of("positive", "negative"), 64);

        ModelRegistry registry = ModelRegistry.load(repository, ServableLoader.installed());
        server = InferenceServer.builder().port(0).registry(registry)
                .addService(new SentimentGrpcService(registry)).build().start();
        channel = ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
        kserve = GRPCInferenceServiceGrpc.newBlockingStub(channel).withDeadlineAfter(1, TimeUnit.MINUTES);
        sentiment = SentimentServiceGrpc.newBlockingStub(channel).withDeadlineAfter(1, TimeUnit.MINUTES);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.close();
    }

    @Test
    void infer_withTexts_returnsProbabilitiesAndLabelsAndNamesTruncatedTexts() {
        ModelInferResponse response = kserve.modelInfer(textRequest("review-sentiment",
                "Delicious and fresh", "great tea ".repeat(100), "很好喝").build());

        assertEquals(List.of("probabilities", "label"), response.getOutputsList().stream().map(t -> t.getName()).toList());
        assertEquals(List.of(3L, 2L), response.getOutputs(0).getShapeList());
        List<Float> p = response.getOutputs(0).getContents().getFp32ContentsList();
        for (int i = 0; i < 3; i++) {
            assertEquals(1.0, p.get(2 * i) + p.get(2 * i + 1), 1e-5);
        }
        for (ByteString label : response.getOutputs(1).getContents().getBytesContentsList()) {
            assertTrue(List.of("great", "other").contains(label.toStringUtf8()), label.toStringUtf8());
        }
        assertEquals("1", response.getParametersOrThrow(SentimentServable.TRUNCATED_PARAMETER).getStringParam());
    }

    @Test
    @Timeout(120)
    void concurrentCalls_allSucceed_andGetTheAnswersTheyGetAlone() throws Exception {
        // Regression: DJL's IdEmbedding re-attached the shared token table per call, so concurrent
        // calls could leave it released ("Native resource has been released already"), breaking the
        // model for good (now TokenEmbedding). Eight threads call the loaded model directly, then the
        // server answers as before.
        ServableModel model = server.registry().get("review-sentiment", "");
        List<String> texts = List.of("Delicious and fresh", "stale and bitter", "很好喝", "great tea ".repeat(30));
        List<Float> alone = new ArrayList<>();
        for (String text : texts) {
            alone.add(probabilityOfFirstLabel(model, text));
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                work.add(threads.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        assertEquals(alone.get(i % texts.size()), probabilityOfFirstLabel(model, texts.get(i % texts.size())),
                                1e-4);
                    }
                    return null;
                }));
            }
            for (Future<?> w : work) {
                w.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(alone.get(0), sentiment.classify(ClassifyRequest.newBuilder().addTexts(texts.get(0)).build())
                .getResults(0).getProbabilities(0).getProbability(), 1e-4);
    }

    @Test
    void onTheCpu_requestsAreNotMerged_becauseMergedTextsCostMoreThanSingleOnes() {
        assertFalse(server.registry().get("review-sentiment", "").supportsBatching());
    }

    private static float probabilityOfFirstLabel(ServableModel model, String text) {
        Tensor input = new Tensor("text", DataType.BYTES, new long[] {1}, new byte[][] {text.getBytes(StandardCharsets.UTF_8)});
        return model.infer(new InferenceRequest(Map.of("text", input), Map.of(), Set.of())).output("probabilities")
                .floats()[0];
    }

    @Test
    void classify_matchesKServeAndReportsTruncation() {
        ClassifyResponse typed = sentiment.classify(ClassifyRequest.newBuilder()
                .addTexts("Delicious and fresh").addTexts("great tea ".repeat(100)).build());
        ModelInferResponse viaKserve = kserve.modelInfer(textRequest("review-sentiment", "Delicious and fresh").build());

        assertEquals(2, typed.getResultsCount());
        assertEquals(24, typed.getMaxTokens());
        assertFalse(typed.getResults(0).getTruncated());
        assertTrue(typed.getResults(1).getTruncated());
        assertEquals(viaKserve.getOutputs(0).getContents().getFp32Contents(0),
                typed.getResults(0).getProbabilities(0).getProbability(), 1e-5);
        assertEquals(viaKserve.getOutputs(1).getContents().getBytesContents(0).toStringUtf8(),
                typed.getResults(0).getLabel());
    }

    @Test
    void classify_withImportedTorchScript_followsTheFixturesSentiment() {
        ClassifyResponse response = sentiment.classify(ClassifyRequest.newBuilder().setModelName("imported-sentiment")
                .addTexts("I love this great tea").addTexts("awful, stale and bad").addTexts("很好喝").build());

        assertEquals("positive", response.getResults(0).getLabel());
        assertEquals("negative", response.getResults(1).getLabel());
        assertEquals("positive", response.getResults(2).getLabel());
    }

    @Test
    void classify_withAnEmptyText_isInvalidArgumentNamingTheIndex() {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> sentiment.classify(
                ClassifyRequest.newBuilder().addTexts("fine").addTexts("  ").build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        assertTrue(e.getStatus().getDescription().contains("texts[1]"), e.getStatus().getDescription());
    }

    @Test
    void classify_withTooManyTexts_isInvalidArgument() {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> sentiment.classify(
                ClassifyRequest.newBuilder().addAllTexts(Collections.nCopies(SentimentServable.MAX_TEXTS + 1, "ok"))
                        .build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        assertTrue(e.getStatus().getDescription().contains("at most " + SentimentServable.MAX_TEXTS));
    }

    @Test
    void infer_withInvalidUtf8_isInvalidArgumentNamingTheElement() {
        ModelInferRequest request = ModelInferRequest.newBuilder().setModelName("review-sentiment")
                .addInputs(InferInputTensor.newBuilder().setName("text").setDatatype("BYTES").addShape(2)
                        .setContents(InferTensorContents.newBuilder()
                                .addBytesContents(ByteString.copyFromUtf8("good"))
                                .addBytesContents(ByteString.copyFrom(new byte[] {(byte) 0xC3, (byte) 0x28}))))
                .build();

        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> kserve.modelInfer(request));

        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        assertTrue(e.getStatus().getDescription().contains("element 1") && e.getStatus().getDescription()
                .contains("UTF-8"), e.getStatus().getDescription());
    }

    @Test
    void infer_withAnEmptyTextOrWrongDatatype_isInvalidArgument() {
        StatusRuntimeException empty = assertThrows(StatusRuntimeException.class,
                () -> kserve.modelInfer(textRequest("review-sentiment", "good", "").build()));
        assertEquals(Status.Code.INVALID_ARGUMENT, empty.getStatus().getCode());
        assertTrue(empty.getStatus().getDescription().contains("element 1"), empty.getStatus().getDescription());

        ModelInferRequest floats = ModelInferRequest.newBuilder().setModelName("review-sentiment")
                .addInputs(InferInputTensor.newBuilder().setName("text").setDatatype("FP32").addShape(1)
                        .setContents(InferTensorContents.newBuilder().addFp32Contents(1f)))
                .build();
        StatusRuntimeException wrongType = assertThrows(StatusRuntimeException.class, () -> kserve.modelInfer(floats));
        assertEquals(Status.Code.INVALID_ARGUMENT, wrongType.getStatus().getCode());
        assertTrue(wrongType.getStatus().getDescription().contains("BYTES"), wrongType.getStatus().getDescription());
    }

    private static ModelInferRequest.Builder textRequest(String model, String... texts) {
        InferTensorContents.Builder contents = InferTensorContents.newBuilder();
        for (String text : texts) {
            contents.addBytesContents(ByteString.copyFromUtf8(text));
        }
        return ModelInferRequest.newBuilder().setModelName(model)
                .addInputs(InferInputTensor.newBuilder().setName("text").setDatatype("BYTES").addShape(texts.length)
                        .setContents(contents));
    }

    private static Path fixture(String name) throws Exception {
        Path target = dir.resolve(name);
        try (var in = SentimentServingTest.class.getResourceAsStream(FIXTURE + name)) {
            Files.copy(in, target);
        }
        return target;
    }
}
