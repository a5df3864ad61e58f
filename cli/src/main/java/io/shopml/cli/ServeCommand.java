package io.shopml.cli;

import io.shopml.models.artifact.ModelRepository;
import io.shopml.serving.config.ServerConfig;
import io.shopml.serving.config.ServerLauncher;
import io.shopml.serving.server.InferenceServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code shopml serve}: KServe v2, the typed services and the admin API on one port until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the models of a repository over gRPC (KServe v2 + shopml.v1), with hot reload,"
                + " dynamic batching, metrics, TLS and tokens. Flags override the config file.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--repo", paramLabel = "DIR", description = "Model repository (required here or as repo: in --config).")
    Path repo;

    @Option(names = "--config", paramLabel = "FILE", description = "YAML or JSON server config (see docs/serving.md).")
    Path config;

    @Option(names = "--port", description = "gRPC port (default 8500; 0 = any free port).")
    Integer port;

    @Option(names = "--metrics-port", description = "Prometheus HTTP port (default 8502; -1 = none).")
    Integer metricsPort;

    @Option(names = "--poll-interval", paramLabel = "SECONDS",
            description = "Repository poll interval for hot reload (default 10; 0 = no polling).")
    Double pollInterval;

    @Option(names = "--tls-cert", paramLabel = "PEM", description = "Server certificate chain; enables TLS with --tls-key.")
    Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "PEM", description = "Server private key (PKCS#8).")
    Path tlsKey;

    @Option(names = "--tls-client-ca", paramLabel = "PEM", description = "CA of client certificates: requires mutual TLS.")
    Path tlsClientCa;

    @Option(names = "--token-file", paramLabel = "FILE", description = "Bearer tokens with their allowed models (YAML/JSON).")
    Path tokenFile;

    @Option(names = "--no-batching", description = "Turn dynamic batching off for every model not configured otherwise.")
    boolean noBatching;

    @picocli.CommandLine.Mixin
    DeviceOptions device = new DeviceOptions();

    @Override
    public Integer call() throws Exception {
        device.start(System.out);
        ServerConfig settings = (config == null ? ServerConfig.empty() : ServerConfig.read(config))
                .withRepo(repo).withPort(port).withPollIntervalSeconds(pollInterval).withTokenFile(tokenFile);
        settings = settings.withMetricsPort(metricsPort != null ? metricsPort
                : settings.metricsPort() == null ? Integer.valueOf(8502) : null);
        if (tlsCert != null || tlsKey != null) {
            settings = settings.withTls(new ServerConfig.Tls(tlsCert, tlsKey, tlsClientCa));
        }
        if (noBatching) {
            settings = settings.withBatchingOff();
        }
        InferenceServer server = ServerLauncher.start(settings);
        server.installShutdownHook();
        System.out.printf("shopml serving %s on port %d%s (Ctrl-C to stop)%n", settings.repo().toAbsolutePath(),
                server.port(), server.metricsPort() < 0 ? "" : ", metrics on http://localhost:" + server.metricsPort() + "/metrics");
        server.awaitTermination();
        return 0;
    }

    /** Loads the repository and starts a server with every service, no metrics port or polling; the caller closes it. */
    static InferenceServer start(ModelRepository repository, int port) throws IOException {
        return ServerLauncher.start(ServerConfig.empty().withRepo(repository.root()).withPort(port)
                .withPollIntervalSeconds(0.0));
    }
}
