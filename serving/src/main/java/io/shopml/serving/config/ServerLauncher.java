package io.shopml.serving.config;

import io.shopml.models.artifact.ModelRepository;
import io.shopml.serving.metrics.ServingMetrics;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.ServableLoader;
import io.shopml.serving.security.TokenFile;
import io.shopml.serving.server.InferenceServer;
import io.shopml.serving.server.TypedServiceFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

/**
 * Wires a {@link ServerConfig} into a running {@link InferenceServer}: registry with the installed
 * loaders, every installed typed service, limits, TLS, tokens, metrics endpoint, polling. Only
 * wiring; the parts live in their packages.
 *
 * <pre>{@code
 * InferenceServer server = ServerLauncher.start(ServerConfig.read(Path.of("serve.yaml")).withPort(8500));
 * }</pre>
 */
public final class ServerLauncher {

    private ServerLauncher() {
    }

    /**
     * Loads the repository and starts the server; the caller closes it.
     *
     * @throws IllegalArgumentException when the config names no repository or a file that is unusable
     * @throws IOException              when a port cannot be bound
     */
    public static InferenceServer start(ServerConfig config) throws IOException {
        if (config.repo() == null || !Files.isDirectory(config.repo())) {
            throw new IllegalArgumentException("repo " + config.repo() + " is not a directory: give --repo DIR or repo: in the config");
        }
        ServingMetrics metrics = ServingMetrics.create();
        InferenceServer.Builder builder = InferenceServer.builder()
                .port(config.port() == null ? 8500 : config.port())
                .requestLimits(config.requestLimits());
        if (config.tls() != null) {
            builder.tls(config.tls().toOptions());
        }
        if (config.auth() != null && config.auth().tokenFile() != null) {
            builder.tokens(TokenFile.read(config.auth().tokenFile()));
        }
        if (config.metricsPort() != null && config.metricsPort() >= 0) {
            builder.metricsPort(config.metricsPort());
        }
        if (config.maxMessageBytes() != null) {
            builder.maxInboundMessageBytes(config.maxMessageBytes());
        }
        if (config.shutdownGraceSeconds() != null) {
            builder.shutdownGracePeriod(Duration.ofMillis(Math.round(config.shutdownGraceSeconds() * 1000)));
        }
        if (config.pollInterval() != null) {
            builder.pollInterval(config.pollInterval());
        }
        ModelRegistry registry = ModelRegistry.load(new ModelRepository(config.repo()), ServableLoader.installed(),
                config.registryOptions(metrics));
        builder.registry(registry);
        TypedServiceFactory.createInstalled(registry).forEach(builder::addService);
        try {
            return builder.build().start();
        } catch (IOException | RuntimeException e) {
            registry.close();
            throw e;
        }
    }
}
