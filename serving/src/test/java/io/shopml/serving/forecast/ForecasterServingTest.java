package io.shopml.serving.forecast;

import com.google.protobuf.ByteString;
import inference.GRPCInferenceServiceGrpc;
import inference.GrpcPredictV2.InferParameter;
import inference.GrpcPredictV2.InferTensorContents;
import inference.GrpcPredictV2.ModelInferRequest;
import inference.GrpcPredictV2.ModelInferRequest.InferInputTensor;
import inference.GrpcPredictV2.ModelInferResponse;
import inference.GrpcPredictV2.ModelMetadataRequest;
import inference.GrpcPredictV2.ModelMetadataResponse;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.shopml.datasets.BundledDatasets;
import io.shopml.datasets.cleaning.CleaningOptions;
import io.shopml.datasets.timeseries.SalesCsvReader;
import io.shopml.datasets.timeseries.TimeSeries;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.forecast.ForecasterConfig;
import io.shopml.proto.v1.ForecastRequest;
import io.shopml.proto.v1.ForecastResponse;
import io.shopml.proto.v1.ForecastServiceGrpc;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.ServableLoader;
import io.shopml.serving.server.InferenceServer;
import io.shopml.training.forecast.ForecastData;
import io.shopml.training.forecast.ForecastDataPreparation;
import io.shopml.training.forecast.ForecasterTrainer;
import io.shopml.training.loop.RunDirectory;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A forecaster trained in the test on the real bundled data, exported to a real repository,
 * served on an ephemeral port and called through the generated stubs.
 */
class ForecasterServingTest {

    /** A deadline per call, not one for the whole class: a long test must not expire the others' stubs. */
    private static final ClientInterceptor ONE_MINUTE_PER_CALL = new ClientInterceptor() {
        @Override
        public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
            return next.newCall(method, options.withDeadlineAfter(1, TimeUnit.MINUTES));
        }
    };
    private static final int WINDOW = 24;
    private static final int HORIZON = 6;

    @TempDir
    static Path dir;

    private static TimeSeries drinks;
    private static InferenceServer server;
    private static ManagedChannel channel;
    private static GRPCInferenceServiceGrpc.GRPCInferenceServiceBlockingStub kserve;
    private static ForecastServiceGrpc.ForecastServiceBlockingStub forecasts;

    @BeforeAll
    static void trainExportAndServe() throws Exception {
        ForecastData data = ForecastDataPreparation.load(BundledDatasets.extract(BundledDatasets.DRINKS_SALES),
                new SalesCsvReader(), CleaningOptions.defaults()).data();
        drinks = data.series().get(0);
        ModelRepository repository = new ModelRepository(dir.resolve("repo"));
        new ForecasterTrainer(new ForecasterConfig(WINDOW, HORIZON, 1, 8, 3, 32, 5e-3, 1, 10, 0.9), 3)
                .train(data, RunDirectory.create(dir.resolve("runs"), "f"), false, List.of())
                .export(repository, "sales-forecaster");

        ModelRegistry registry = ModelRegistry.load(repository, ServableLoader.installed());
        server = InferenceServer.builder().port(0).registry(registry)
                .addService(new ForecastGrpcService(registry)).build().start();
        channel = ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
        kserve = GRPCInferenceServiceGrpc.newBlockingStub(channel).withInterceptors(ONE_MINUTE_PER_CALL);
        forecasts = ForecastServiceGrpc.newBlockingStub(channel).withInterceptors(ONE_MINUTE_PER_CALL);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.close();
    }

    @Test
    void soak_ofThousandsOfConcurrentCalls_doesNotGrowNativeMemoryBeyondABound() throws Exception {
        ModelInferRequest request = historyRequest(1, 100).build();
        for (int i = 0; i < 100; i++) {
            GRPCInferenceServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS).modelInfer(request);
        }
        System.gc();
        long rssBefore = residentKilobytes();
        long javacppBefore = Pointer.totalBytes();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> runs = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            runs.add(clients.submit(() -> {
                for (int i = 0; i < 250; i++) {
                    assertEquals(HORIZON, GRPCInferenceServiceGrpc.newBlockingStub(channel)
                            .withDeadlineAfter(30, TimeUnit.SECONDS).modelInfer(request)
                            .getOutputs(0).getContents().getFp32ContentsCount());
                }
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        clients.shutdown();
        System.gc();
        long rssGrownMb = (residentKilobytes() - rssBefore) / 1024;
        long javacppGrownMb = (Pointer.totalBytes() - javacppBefore) / (1024 * 1024);

        // ND4J's off-heap buffers (JavaCPP's count) must not pile up; the process RSS, which also holds
        // the heap growing into its 1/4-of-RAM default, gets a generous bound
        assertTrue(javacppGrownMb < 64, "ND4J native buffers grew by " + javacppGrownMb + " MiB over 2000 calls");
        assertTrue(rssGrownMb < 1024, "resident memory grew by " + rssGrownMb + " MiB over 2000 calls");
    }

    /** The process's resident set size from /proc/self/status (VmRSS), in KiB. */
    private static long residentKilobytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("/proc/self/status has no VmRSS line");
    }

    @Test
    void infer_withTypedContents_returnsForecastAndIntervalInSalesUnits() {
        ModelInferResponse response = kserve.modelInfer(historyRequest(2, 100).setId("req-7").build());

        assertEquals("req-7", response.getId());
        assertEquals("1", response.getModelVersion());
        assertEquals(List.of("forecast", "lower", "upper"),
                response.getOutputsList().stream().map(t -> t.getName()).toList());
        for (var output : response.getOutputsList()) {
            assertEquals(List.of(2L, (long) HORIZON), output.getShapeList());
            assertEquals(2 * HORIZON, output.getContents().getFp32ContentsCount());
        }
        double max = java.util.Arrays.stream(drinks.values()).max().orElseThrow();
        for (float v : response.getOutputs(0).getContents().getFp32ContentsList()) {
            assertTrue(v > 0 && v < 2 * max, "forecast " + v + " is in the range of the series");
        }
    }

    @Test
    void infer_withRawContents_givesTheSameForecastAsTypedContents() {
        ModelInferRequest typed = historyRequest(1, 150).build();
        ByteBuffer raw = ByteBuffer.allocate(WINDOW * 4).order(ByteOrder.LITTLE_ENDIAN);
        typed.getInputs(0).getContents().getFp32ContentsList().forEach(raw::putFloat);
        ModelInferRequest rawRequest = typed.toBuilder()
                .setInputs(0, typed.getInputs(0).toBuilder().clearContents())
                .addRawInputContents(ByteString.copyFrom(raw.array()))
                .build();

        assertEquals(kserve.modelInfer(typed).getOutputs(0).getContents(),
                kserve.modelInfer(rawRequest).getOutputs(0).getContents());
    }

    @Test
    void infer_withLastDateParameter_matchesForecastServiceWithDates() {
        int end = 200;
        ModelInferResponse viaKserve = kserve.modelInfer(historyRequest(1, end - WINDOW)
                .putParameters("last_date", InferParameter.newBuilder()
                        .setStringParam(drinks.dates().get(end - 1).toString()).build())
                .build());
        ForecastRequest.Builder request = ForecastRequest.newBuilder();
        for (int i = 0; i < end; i++) {
            request.addValues(drinks.values()[i]).addDates(drinks.dates().get(i).toString().substring(0, 7));
        }
        ForecastResponse viaTyped = forecasts.forecast(request.build());

        assertEquals(HORIZON, viaTyped.getStepsCount());
        for (int s = 0; s < HORIZON; s++) {
            assertEquals(viaKserve.getOutputs(0).getContents().getFp32Contents(s), viaTyped.getSteps(s).getForecast(),
                    1e-2);
        }
        assertEquals(drinks.dates().get(end).toString(), viaTyped.getSteps(0).getDate());
        assertEquals(0.9, viaTyped.getIntervalLevel(), 1e-9);
    }

    @Test
    void forecast_withShorterHorizon_returnsThatManyUndatedSteps() {
        ForecastRequest.Builder request = ForecastRequest.newBuilder().setHorizon(3);
        for (int i = 0; i < 30; i++) {
            request.addValues(drinks.values()[i]);
        }
        ForecastResponse response = forecasts.forecast(request.build());
        assertEquals(3, response.getStepsCount());
        assertEquals(3, response.getSteps(2).getStep());
        assertEquals("", response.getSteps(0).getDate());
        assertTrue(response.getSteps(0).getLower() <= response.getSteps(0).getUpper());
    }

    @Test
    void badInputs_getInvalidArgumentOrNotFound_namingTheProblem_andTheServerKeepsServing() {
        ModelInferRequest good = historyRequest(1, 0).build();
        InferInputTensor history = good.getInputs(0);

        expect(Status.Code.INVALID_ARGUMENT, "sales", () -> kserve.modelInfer(good.toBuilder()
                .setInputs(0, history.toBuilder().setName("sales")).build()));
        InferTensorContents.Builder doubles = InferTensorContents.newBuilder();
        history.getContents().getFp32ContentsList().forEach(v -> doubles.addFp64Contents(v));
        expect(Status.Code.INVALID_ARGUMENT, "FP32", () -> kserve.modelInfer(good.toBuilder()
                .setInputs(0, history.toBuilder().setDatatype("FP64").setContents(doubles)).build()));
        expect(Status.Code.INVALID_ARGUMENT, "fp64_contents", () -> kserve.modelInfer(good.toBuilder()
                .setInputs(0, history.toBuilder().setDatatype("FP64")).build()));
        expect(Status.Code.INVALID_ARGUMENT, "history", () -> kserve.modelInfer(good.toBuilder()
                .setInputs(0, history.toBuilder().clearShape().addShape(1).addShape(10)
                        .setContents(InferTensorContents.newBuilder().addAllFp32Contents(
                                history.getContents().getFp32ContentsList().subList(0, 10)))).build()));
        expect(Status.Code.INVALID_ARGUMENT, "NaN", () -> kserve.modelInfer(good.toBuilder()
                .setInputs(0, history.toBuilder().setContents(history.getContents().toBuilder()
                        .setFp32Contents(5, Float.NaN))).build()));
        expect(Status.Code.INVALID_ARGUMENT, "Infinity", () -> kserve.modelInfer(good.toBuilder()
                .setInputs(0, history.toBuilder().setContents(history.getContents().toBuilder()
                        .setFp32Contents(0, Float.POSITIVE_INFINITY))).build()));
        expect(Status.Code.INVALID_ARGUMENT, "last_date", () -> kserve.modelInfer(good.toBuilder()
                .putParameters("last_date", InferParameter.newBuilder().setStringParam("May 2016").build()).build()));
        expect(Status.Code.NOT_FOUND, "no-such-model", () -> kserve.modelInfer(good.toBuilder()
                .setModelName("no-such-model").build()));
        expect(Status.Code.NOT_FOUND, "7", () -> kserve.modelInfer(good.toBuilder().setModelVersion("7").build()));

        expect(Status.Code.INVALID_ARGUMENT, "at least 24", () -> forecasts.forecast(ForecastRequest.newBuilder()
                .addValues(1).addValues(2).build()));
        ForecastRequest.Builder enough = ForecastRequest.newBuilder();
        for (int i = 0; i < WINDOW; i++) {
            enough.addValues(drinks.values()[i]);
        }
        expect(Status.Code.INVALID_ARGUMENT, "horizon 99", () -> forecasts.forecast(enough.clone().setHorizon(99).build()));
        expect(Status.Code.INVALID_ARGUMENT, "dates has 1", () -> forecasts.forecast(enough.clone().addDates("2016-01")
                .build()));
        expect(Status.Code.INVALID_ARGUMENT, "values[3]", () -> forecasts.forecast(enough.clone().setValues(3, Double.NaN)
                .build()));
        expect(Status.Code.NOT_FOUND, "other", () -> forecasts.forecast(enough.clone().setModelName("other").build()));

        assertEquals(3, kserve.modelInfer(good).getOutputsCount());
    }

    @Test
    void metadataAndHealth_describeTheServedForecaster() {
        ModelMetadataResponse metadata = kserve.modelMetadata(ModelMetadataRequest.newBuilder()
                .setName("sales-forecaster").build());
        assertEquals("history", metadata.getInputs(0).getName());
        assertEquals("FP32", metadata.getInputs(0).getDatatype());
        assertEquals(List.of(-1L, (long) WINDOW), metadata.getInputs(0).getShapeList());
        assertEquals(List.of("1"), metadata.getVersionsList());

        HealthCheckResponse health = HealthGrpc.newBlockingStub(channel).check(HealthCheckRequest.newBuilder()
                .setService("shopml.v1.ForecastService").build());
        assertEquals(HealthCheckResponse.ServingStatus.SERVING, health.getStatus());
    }

    private static ModelInferRequest.Builder historyRequest(int rows, int from) {
        InferTensorContents.Builder contents = InferTensorContents.newBuilder();
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < WINDOW; i++) {
                contents.addFp32Contents((float) drinks.values()[from + r * 12 + i]);
            }
        }
        return ModelInferRequest.newBuilder().setModelName("sales-forecaster")
                .addInputs(InferInputTensor.newBuilder().setName("history").setDatatype("FP32")
                        .addShape(rows).addShape(WINDOW).setContents(contents));
    }

    private static void expect(Status.Code code, String messagePart, Executable call) {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, call);
        assertEquals(code, e.getStatus().getCode(), e.getStatus().toString());
        assertTrue(e.getStatus().getDescription() != null && e.getStatus().getDescription().contains(messagePart),
                "'" + e.getStatus().getDescription() + "' should mention '" + messagePart + "'");
    }
}
