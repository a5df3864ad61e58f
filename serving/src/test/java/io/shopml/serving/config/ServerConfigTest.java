package io.shopml.serving.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shopml.serving.batching.BatchingOptions;
import io.shopml.serving.metrics.ServingMetrics;
import io.shopml.serving.registry.ModelOptions;
import io.shopml.serving.registry.RegistryOptions;
import io.shopml.serving.registry.VersionPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {

    @TempDir
    Path dir;

    @Test
    void read_yaml_resolvesPathsAgainstTheFile_andBuildsPerModelOptions() throws IOException {
        Path file = dir.resolve("serve.yaml");
        Files.writeString(file, """
                repo: models
                port: 9000
                metrics_port: 9002
                poll_interval_seconds: 0.5
                max_tensors_per_request: 4
                auth: {token_file: tokens.yaml}
                model_defaults:
                  batching: {max_batch_size: 8, max_queue_delay_micros: 2000}
                models:
                  sales-forecaster:
                    version_policy: {specific: [3, 4]}
                    labels: {stable: 3, canary: 4}
                """);

        ServerConfig config = ServerConfig.read(file).withPort(9100);
        RegistryOptions options = config.registryOptions(ServingMetrics.create());

        assertEquals(dir.resolve("models"), config.repo());
        assertEquals(9100, config.port());
        assertEquals(dir.resolve("tokens.yaml"), config.auth().tokenFile());
        assertEquals(Duration.ofMillis(500), config.pollInterval());
        assertEquals(4, config.requestLimits().maxTensors());
        BatchingOptions batching = new BatchingOptions(8, Duration.ofMillis(2), 256, 2);
        assertEquals(new ModelOptions(VersionPolicy.latest(1), Map.of(), batching), options.options("other"));
        assertEquals(new ModelOptions(VersionPolicy.specific(Set.of(3, 4)), Map.of("stable", 3, "canary", 4), batching),
                options.options("sales-forecaster"));
    }

    @Test
    void read_json_isAcceptedToo_andAnEmptyConfigMeansDefaults() throws IOException {
        Path file = dir.resolve("serve.json");
        Files.writeString(file, "{\"port\": 8600, \"poll_interval_seconds\": 0}");

        ServerConfig config = ServerConfig.read(file);

        assertEquals(8600, config.port());
        assertNull(config.pollInterval());
        assertEquals(Duration.ofSeconds(10), ServerConfig.empty().pollInterval());
    }

    @Test
    void read_unknownKey_failsNamingTheFileAndTheKey() throws IOException {
        Path file = dir.resolve("serve.yaml");
        Files.writeString(file, "prot: 8500\n");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ServerConfig.read(file));

        assertTrue(error.getMessage().contains(file.toString()) && error.getMessage().contains("prot"), error.getMessage());
    }

    @Test
    void versionPolicy_withTwoChoices_isRefused() throws IOException {
        Path file = dir.resolve("serve.yaml");
        Files.writeString(file, "model_defaults: {version_policy: {latest: 1, all: true}}\n");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ServerConfig.read(file).registryOptions(ServingMetrics.create()));

        assertEquals("version_policy needs exactly one of latest: N, specific: [..], all: true", error.getMessage());
    }
}
