package io.shopml.serving.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inference.GrpcPredictV2.ModelInferResponse;
import inference.GrpcPredictV2.ModelMetadataRequest;
import inference.GrpcPredictV2.ModelReadyRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.proto.v1.ListModelsRequest;
import io.shopml.proto.v1.LoadModelRequest;
import io.shopml.proto.v1.ModelAdminServiceGrpc;
import io.shopml.proto.v1.UnloadModelRequest;
import io.shopml.proto.v1.VersionStatus;
import io.shopml.serving.batching.BatchingOptions;
import io.shopml.serving.metrics.ServingMetrics;
import io.shopml.serving.registry.ModelOptions;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.RegistryOptions;
import io.shopml.serving.registry.ScaleLoader;
import io.shopml.serving.registry.TestRepositories;
import io.shopml.serving.registry.VersionPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Versions come and go on a running server: hot reload, failed versions, policies, labels, admin API. */
class VersionLifecycleTest {

    @TempDir
    Path root;

    private RunningServer running;
    private final ScaleLoader loader = new ScaleLoader();

    @AfterEach
    void stopServer() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    @Timeout(120)
    void newVersion_isPickedUpByThePoller_underTraffic_withZeroFailedCalls_andTheOldOneIsFreed() throws Exception {
        ModelRepository repository = new ModelRepository(root);
        TestRepositories.commitScaleModel(repository, "scaler", 2f);
        start(repository, ModelOptions.DEFAULT, Duration.ofMillis(100));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger failures = new AtomicInteger();
        Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> traffic = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            traffic.add(clients.submit(() -> {
                while (!stop.get()) {
                    try {
                        ModelInferResponse response = running.kserve().modelInfer(ScaleCalls.request("scaler", "", 1, 1f));
                        float expected = response.getModelVersion().equals("1") ? 2f : 3f;
                        if (ScaleCalls.y(response).get(0) != expected) {
                            failures.incrementAndGet();
                        }
                        versionsSeen.add(response.getModelVersion());
                    } catch (StatusRuntimeException e) {
                        failures.incrementAndGet();
                    }
                }
            }));
        }
        Thread.sleep(300);
        TestRepositories.commitScaleModel(new ModelRepository(root), "scaler", 3f);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!versionsSeen.contains("2") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
        stop.set(true);
        for (Future<?> client : traffic) {
            client.get();
        }
        clients.shutdown();

        assertEquals(0, failures.get(), "calls failed during the reload");
        assertEquals(Set.of("1", "2"), versionsSeen);
        awaitClosed(0);
        assertFalse(loader.loaded().get(1).isClosed());
    }

    @Test
    void corruptNewVersion_keepsTheOldOneServing_andShowsItsStateAndReasonEverywhere() throws IOException {
        ModelRepository repository = new ModelRepository(root);
        TestRepositories.commitScaleModel(repository, "scaler", 2f);
        start(repository, ModelOptions.DEFAULT, null);
        ModelArtifact broken = TestRepositories.commitScaleModel(repository, "scaler", 3f);
        TestRepositories.tamper(broken);

        running.server().registry().refresh();

        assertEquals(List.of(2f, 2f, 2f), ScaleCalls.y(running.kserve().modelInfer(ScaleCalls.request("scaler", "", 1, 1f))));
        assertTrue(running.kserve().modelReady(ModelReadyRequest.newBuilder().setName("scaler").build()).getReady());
        assertFalse(running.kserve().modelReady(ModelReadyRequest.newBuilder().setName("scaler").setVersion("2").build())
                .getReady());
        StatusRuntimeException metadata = assertThrows(StatusRuntimeException.class, () -> running.kserve()
                .modelMetadata(ModelMetadataRequest.newBuilder().setName("scaler").setVersion("2").build()));
        assertEquals(Status.Code.UNAVAILABLE, metadata.getStatus().getCode());
        assertTrue(metadata.getStatus().getDescription().contains("version 2 failed to load")
                && metadata.getStatus().getDescription().contains("checksum mismatch"), metadata.getStatus().getDescription());
        List<VersionStatus> listed = admin().listModels(ListModelsRequest.getDefaultInstance()).getVersionsList();
        assertEquals(List.of("1:READY:true", "2:FAILED:false"),
                listed.stream().map(v -> v.getVersion() + ":" + v.getState() + ":" + v.getIsDefault()).toList());
        assertTrue(listed.get(1).getReason().contains("checksum mismatch"), listed.get(1).getReason());
        assertFalse(loader.loaded().get(0).isClosed());
    }

    @Test
    void specificPolicy_doesNotPromoteANewVersion_andLabelsRouteToTheirVersions() throws IOException {
        ModelRepository repository = new ModelRepository(root);
        TestRepositories.commitScaleModel(repository, "scaler", 2f);
        TestRepositories.commitScaleModel(repository, "scaler", 3f);
        start(repository, new ModelOptions(VersionPolicy.specific(Set.of(1)), Map.of("stable", 1, "canary", 2),
                BatchingOptions.DEFAULT), null);
        TestRepositories.commitScaleModel(repository, "scaler", 4f);
        running.server().registry().refresh();

        assertEquals("1", running.kserve().modelInfer(ScaleCalls.request("scaler", "", 1, 1f)).getModelVersion());
        assertEquals("1", running.kserve().modelInfer(ScaleCalls.request("scaler", "stable", 1, 1f)).getModelVersion());
        assertEquals(List.of(3f, 3f, 3f),
                ScaleCalls.y(running.kserve().modelInfer(ScaleCalls.request("scaler", "canary", 1, 1f))));
        StatusRuntimeException notServed = assertThrows(StatusRuntimeException.class,
                () -> running.kserve().modelInfer(ScaleCalls.request("scaler", "3", 1, 1f)));
        assertEquals(Status.Code.NOT_FOUND, notServed.getStatus().getCode());
        assertEquals("model 'scaler' has no version '3' being served; it serves versions [1, 2]",
                notServed.getStatus().getDescription());
        StatusRuntimeException noLabel = assertThrows(StatusRuntimeException.class,
                () -> running.kserve().modelInfer(ScaleCalls.request("scaler", "beta", 1, 1f)));
        assertEquals(Status.Code.NOT_FOUND, noLabel.getStatus().getCode());
    }

    @Test
    void adminUnload_freesTheModelAndMakesItUnavailable_adminLoad_servesItAgain() throws IOException {
        ModelRepository repository = new ModelRepository(root);
        TestRepositories.commitScaleModel(repository, "scaler", 2f);
        start(repository, ModelOptions.DEFAULT, null);

        List<VersionStatus> unloaded = admin().unloadModel(UnloadModelRequest.newBuilder().setModelName("scaler").build())
                .getVersionsList();

        assertEquals("UNLOADED", unloaded.get(0).getState());
        assertTrue(loader.loaded().get(0).isClosed());
        assertFalse(running.kserve().modelReady(ModelReadyRequest.newBuilder().setName("scaler").build()).getReady());
        StatusRuntimeException error = assertThrows(StatusRuntimeException.class,
                () -> running.kserve().modelInfer(ScaleCalls.request("scaler", "", 1, 1f)));
        assertEquals(Status.Code.UNAVAILABLE, error.getStatus().getCode());
        running.server().registry().refresh();
        assertFalse(running.kserve().modelReady(ModelReadyRequest.newBuilder().setName("scaler").build()).getReady(),
                "a refresh must not bring back a model an operator unloaded");

        List<VersionStatus> loaded = admin().loadModel(LoadModelRequest.newBuilder().setModelName("scaler").build())
                .getVersionsList();

        assertEquals("READY", loaded.get(0).getState());
        assertEquals(List.of(2f, 2f, 2f), ScaleCalls.y(running.kserve().modelInfer(ScaleCalls.request("scaler", "", 1, 1f))));
        StatusRuntimeException unknown = assertThrows(StatusRuntimeException.class,
                () -> admin().loadModel(LoadModelRequest.newBuilder().setModelName("nope").build()));
        assertEquals(Status.Code.NOT_FOUND, unknown.getStatus().getCode());
    }

    @Test
    void halfWrittenFolder_failsWithoutDisturbingTheServedVersion_andIsRetriedOnceComplete() throws IOException {
        ModelRepository repository = new ModelRepository(root);
        TestRepositories.commitScaleModel(repository, "scaler", 2f);
        start(repository, ModelOptions.DEFAULT, null);
        Files.createDirectories(root.resolve("scaler").resolve("2"));

        running.server().registry().refresh();

        assertEquals("1", running.kserve().modelInfer(ScaleCalls.request("scaler", "", 1, 1f)).getModelVersion());
        assertEquals("FAILED", admin().listModels(ListModelsRequest.getDefaultInstance()).getVersions(1).getState());
        Files.delete(root.resolve("scaler").resolve("2"));
        TestRepositories.commitScaleModel(repository, "scaler", 3f);
        running.server().registry().refresh();
        assertEquals("2", running.kserve().modelInfer(ScaleCalls.request("scaler", "", 1, 1f)).getModelVersion());
    }

    private void start(ModelRepository repository, ModelOptions options, Duration poll) throws IOException {
        RegistryOptions registryOptions = new RegistryOptions(options, Map.of(), ServingMetrics.create(),
                Duration.ofSeconds(10), Duration.ZERO);
        InferenceServer.Builder builder = InferenceServer.builder()
                .registry(ModelRegistry.load(repository, List.of(loader), registryOptions))
                .shutdownGracePeriod(Duration.ofSeconds(10));
        if (poll != null) {
            builder.pollInterval(poll);
        }
        running = RunningServer.start(builder);
    }

    private ModelAdminServiceGrpc.ModelAdminServiceBlockingStub admin() {
        return ModelAdminServiceGrpc.newBlockingStub(running.channel());
    }

    private void awaitClosed(int index) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!loader.loaded().get(index).isClosed() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(loader.loaded().get(index).isClosed(), "the replaced version was not closed");
    }
}
