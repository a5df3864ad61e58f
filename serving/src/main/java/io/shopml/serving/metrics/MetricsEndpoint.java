package io.shopml.serving.metrics;

import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The Prometheus text endpoint on its own HTTP port ({@code GET /metrics}), apart from the gRPC
 * port so scrapers need neither TLS client certificates nor tokens.
 *
 * <pre>{@code
 * try (MetricsEndpoint endpoint = MetricsEndpoint.start(8502, metrics)) {
 *     // curl localhost:8502/metrics
 * }
 * }</pre>
 */
public final class MetricsEndpoint implements AutoCloseable {

    private final HTTPServer server;

    private MetricsEndpoint(HTTPServer server) {
        this.server = server;
    }

    /**
     * Serves {@code metrics} on {@code port} (0 = any free port).
     *
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static MetricsEndpoint start(int port, ServingMetrics metrics) {
        try {
            return new MetricsEndpoint(HTTPServer.builder().port(port).registry(metrics.registry()).buildAndStart());
        } catch (IOException e) {
            throw new UncheckedIOException("metrics port " + port + " cannot be bound: " + e.getMessage(), e);
        }
    }

    /** The bound port. */
    public int port() {
        return server.getPort();
    }

    @Override
    public void close() {
        server.close();
    }
}
