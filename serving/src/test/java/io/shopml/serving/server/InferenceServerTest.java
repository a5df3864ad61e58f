package io.shopml.serving.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inference.GRPCInferenceServiceGrpc;
import inference.GrpcPredictV2.InferTensorContents;
import inference.GrpcPredictV2.ModelInferRequest;
import inference.GrpcPredictV2.ModelInferRequest.InferInputTensor;
import inference.GrpcPredictV2.ModelInferResponse;
import inference.GrpcPredictV2.ServerLiveRequest;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.reflection.v1.ServiceResponse;
import io.grpc.stub.StreamObserver;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.proto.v1.ForecastRequest;
import io.shopml.proto.v1.ForecastResponse;
import io.shopml.proto.v1.ForecastServiceGrpc;
import io.shopml.proto.v1.ModelAdminServiceGrpc;
import io.shopml.proto.v1.SentimentServiceGrpc;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.ScaleLoader;
import io.shopml.serving.registry.ServableLoader;
import io.shopml.serving.registry.TestRepositories;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class InferenceServerTest {

    private static final String KSERVE = GRPCInferenceServiceGrpc.SERVICE_NAME;
    private static final String FORECAST = ForecastServiceGrpc.SERVICE_NAME;

    @TempDir
    Path root;

    private ModelRepository repository;
    private RunningServer running;

    @BeforeEach
    void commitModel() throws IOException {
        repository = new ModelRepository(root);
        TestRepositories.commitScaleModel(repository, "doubler", 2f);
    }

    @AfterEach
    void stopServer() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void health_overallAndEveryService_isServing_whenEveryModelIsReady() throws IOException {
        running = RunningServer.start(registry(new ScaleLoader()), new EchoForecastService());

        for (String service : List.of("", KSERVE, FORECAST)) {
            assertEquals(ServingStatus.SERVING, health(service), "health of '" + service + "'");
        }
    }

    @Test
    void health_isNotServing_whenAModelFailedToLoad() throws IOException {
        TestRepositories.tamper(TestRepositories.commitScaleModel(repository, "corrupt", 2f));
        running = RunningServer.start(registry(new ScaleLoader()));

        assertEquals(ServingStatus.NOT_SERVING, health(""));
        assertEquals(ServingStatus.NOT_SERVING, health(KSERVE));
    }

    @Test
    void health_ofATypedService_followsTheModelsOfItsTask_andTheAdminServiceServesWhileTheServerRuns()
            throws IOException {
        TestRepositories.tamper(TestRepositories.commitScaleModel(repository, "corrupt", 2f));
        running = RunningServer.start(registry(new ScaleLoader()), new EchoForecastService(), new EchoSentimentService());

        assertEquals(ServingStatus.NOT_SERVING, health(""), "one model failed, so not everything serves");
        assertEquals(ServingStatus.NOT_SERVING, health(KSERVE));
        assertEquals(ServingStatus.SERVING, health(FORECAST), "'doubler' is a forecast model and serves");
        assertEquals(ServingStatus.NOT_SERVING, health(SentimentServiceGrpc.SERVICE_NAME), "no sentiment model");
        assertEquals(ServingStatus.SERVING, health(ModelAdminServiceGrpc.SERVICE_NAME));
    }

    @Test
    void addService_servesTheTypedServiceBesideKServe() throws IOException {
        running = RunningServer.start(registry(new ScaleLoader()), new EchoForecastService());

        ForecastResponse response = ForecastServiceGrpc.newBlockingStub(running.channel())
                .forecast(ForecastRequest.newBuilder().setModelName("doubler").build());

        assertEquals("doubler", response.getModelName());
        assertTrue(running.kserve().serverLive(ServerLiveRequest.getDefaultInstance()).getLive());
    }

    @Test
    void reflection_listsKServeHealthAndTheTypedServices() throws Exception {
        running = RunningServer.start(registry(new ScaleLoader()), new EchoForecastService());

        List<String> services = reflectedServices();

        assertTrue(services.containsAll(List.of(KSERVE, FORECAST, "grpc.health.v1.Health")), services.toString());
    }

    @Test
    void maxInboundMessageBytes_refusesLargerRequestsWithResourceExhausted() throws IOException {
        running = RunningServer.start(InferenceServer.builder().registry(registry(new ScaleLoader()))
                .maxInboundMessageBytes(1024));

        StatusRuntimeException error = assertThrows(StatusRuntimeException.class,
                () -> running.kserve().modelInfer(scaleRequest(512)));

        assertEquals(Status.Code.RESOURCE_EXHAUSTED, error.getStatus().getCode());
        assertEquals(2f, running.kserve().modelInfer(scaleRequest(1)).getOutputs(0).getContents().getFp32Contents(0));
    }

    @Test
    @Timeout(60)
    void close_letsTheCallInFlightFinish_refusesNewCalls_thenClosesTheModels() throws Exception {
        GatedLoader gated = new GatedLoader();
        running = RunningServer.start(registry(gated));
        Future<ModelInferResponse> inFlight = GRPCInferenceServiceGrpc.newFutureStub(running.channel())
                .modelInfer(scaleRequest(1));
        gated.callEntered.await();

        CompletableFuture<Void> closing = CompletableFuture.runAsync(running.server()::close);
        awaitRefusal();
        boolean closedWhileInFlight = gated.loaded().isClosed();
        gated.gate.countDown();

        assertEquals(List.of(2f, 2f, 2f), inFlight.get().getOutputs(0).getContents().getFp32ContentsList());
        closing.get();
        assertFalse(closedWhileInFlight, "the model was closed while a call was still running");
        assertTrue(gated.loaded().isClosed());
    }

    @Test
    void build_withoutRegistry_failsNamingTheMissingSetting() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> InferenceServer.builder().port(0).build());

        assertEquals("an InferenceServer needs a registry: call registry(...) first", error.getMessage());
    }

    private ModelRegistry registry(ServableLoader loader) {
        return ModelRegistry.load(repository, List.of(loader));
    }

    private ServingStatus health(String service) {
        return running.health().check(HealthCheckRequest.newBuilder().setService(service).build()).getStatus();
    }

    /** Calls the server on a fresh channel until it refuses: it has stopped taking new calls. */
    private void awaitRefusal() throws InterruptedException {
        int port = running.server().port();
        while (true) {
            ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", port).usePlaintext().build();
            try {
                GRPCInferenceServiceGrpc.newBlockingStub(channel).serverLive(ServerLiveRequest.getDefaultInstance());
            } catch (StatusRuntimeException refused) {
                assertEquals(Status.Code.UNAVAILABLE, refused.getStatus().getCode());
                return;
            } finally {
                channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
            }
            Thread.sleep(10);
        }
    }

    private List<String> reflectedServices() throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<List<String>> services = new CompletableFuture<>();
        StreamObserver<ServerReflectionRequest> requests = ServerReflectionGrpc.newStub(running.channel())
                .serverReflectionInfo(new StreamObserver<>() {
                    @Override
                    public void onNext(ServerReflectionResponse response) {
                        services.complete(response.getListServicesResponse().getServiceList().stream()
                                .map(ServiceResponse::getName).toList());
                    }

                    @Override
                    public void onError(Throwable error) {
                        services.completeExceptionally(error);
                    }

                    @Override
                    public void onCompleted() {
                    }
                });
        requests.onNext(ServerReflectionRequest.newBuilder().setListServices("").build());
        requests.onCompleted();
        return services.get(30, TimeUnit.SECONDS);
    }

    private static ModelInferRequest scaleRequest(int rows) {
        InferTensorContents.Builder contents = InferTensorContents.newBuilder();
        for (int i = 0; i < rows * 3; i++) {
            contents.addFp32Contents(1f);
        }
        return ModelInferRequest.newBuilder().setModelName("doubler")
                .addInputs(InferInputTensor.newBuilder().setName("x").setDatatype("FP32").addShape(rows).addShape(3)
                        .setContents(contents))
                .build();
    }

    /** A typed sentiment service that answers nothing: enough for its health. */
    private static final class EchoSentimentService extends SentimentServiceGrpc.SentimentServiceImplBase
            implements TaskService {
        @Override
        public String modelTask() {
            return "sentiment";
        }
    }

    /** A typed service that only echoes the model name: enough to see it served next to KServe. */
    private static final class EchoForecastService extends ForecastServiceGrpc.ForecastServiceImplBase
            implements TaskService {
        @Override
        public String modelTask() {
            return "forecast";
        }

        @Override
        public void forecast(ForecastRequest request, StreamObserver<ForecastResponse> responses) {
            responses.onNext(ForecastResponse.newBuilder().setModelName(request.getModelName()).build());
            responses.onCompleted();
        }
    }
}
