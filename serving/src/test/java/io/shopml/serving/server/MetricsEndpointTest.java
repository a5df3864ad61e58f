package io.shopml.serving.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.StatusRuntimeException;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.ScaleLoader;
import io.shopml.serving.registry.TestRepositories;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Prometheus endpoint counts exactly the calls made, per model, version and status. */
class MetricsEndpointTest {

    @TempDir
    Path root;

    private RunningServer running;

    @AfterEach
    void stopServer() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void metricsEndpoint_showsTheCountsOfTheCallsMade_batches_queueAndComputeTime_andProcessMemory() throws Exception {
        ModelRepository repository = new ModelRepository(root);
        TestRepositories.commitScaleModel(repository, "scaler", 2f);
        running = RunningServer.start(InferenceServer.builder()
                .registry(ModelRegistry.load(repository, List.of(new ScaleLoader())))
                .metricsPort(0)
                .shutdownGracePeriod(Duration.ofSeconds(5)));
        for (int i = 0; i < 3; i++) {
            running.kserve().modelInfer(ScaleCalls.request("scaler", "", 2, 1f));
        }
        assertThrows(StatusRuntimeException.class, () -> running.kserve().modelInfer(ScaleCalls.request("scaler", "7", 1, 1f)));
        assertThrows(StatusRuntimeException.class,
                () -> running.kserve().modelInfer(ScaleCalls.request("scaler", "", 1, 1f).toBuilder()
                        .setInputs(0, ScaleCalls.request("scaler", "", 1, 1f).getInputs(0).toBuilder().setDatatype("INT64"))
                        .build()));

        String metrics = scrape(running.server().metricsPort());

        String infer = "method=\"inference.GRPCInferenceService/ModelInfer\",model=\"scaler\"";
        assertTrue(metrics.contains("shopml_requests_total{" + infer + ",status=\"OK\",version=\"1\"} 3.0"), metrics);
        assertTrue(metrics.contains("shopml_requests_total{" + infer + ",status=\"INVALID_ARGUMENT\",version=\"\"} 1.0"), metrics);
        assertTrue(metrics.contains("shopml_requests_total{" + infer + ",status=\"NOT_FOUND\",version=\"\"} 1.0"), metrics);
        assertTrue(metrics.contains("shopml_inferences_total{model=\"scaler\",version=\"1\"} 6.0"), metrics);
        assertTrue(metrics.contains("shopml_batch_executions_total{model=\"scaler\",version=\"1\"} 3.0"), metrics);
        assertTrue(metrics.contains("shopml_batch_size_bucket{model=\"scaler\",version=\"1\",le=\"2.0\"} 3"), metrics);
        assertTrue(metrics.contains("shopml_queue_seconds_count{model=\"scaler\",version=\"1\"} 3"), metrics);
        assertTrue(metrics.contains("shopml_compute_seconds_count{model=\"scaler\",version=\"1\"} 3"), metrics);
        assertTrue(metrics.contains("process_resident_memory_bytes"), metrics);
        assertTrue(metrics.contains("jvm_memory_used_bytes{area=\"heap\"}"), metrics);
    }

    private static String scrape(int port) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }
}
