package io.shopml.serving.server;

import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import io.shopml.serving.kserve.KServeInferenceService;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.ModelStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shopml gRPC server (Netty): KServe v2 inference over a {@link ModelRegistry}, any typed
 * services added to it, {@code grpc.health.v1} health ("" and every service SERVING when all
 * models are ready) and server reflection. It owns the registry: {@link #close} drains calls
 * gracefully, then frees the models.
 *
 * <pre>{@code
 * try (InferenceServer server = InferenceServer.builder().port(0).registry(registry).build().start()) {
 *     ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
 * }
 * }</pre>
 */
public final class InferenceServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InferenceServer.class);
    /** How long {@link #close} waits for cancelled calls to end before freeing the models anyway. */
    private static final Duration CANCEL_WAIT = Duration.ofSeconds(5);

    private final Server server;
    private final HealthStatusManager health;
    private final ModelRegistry registry;
    private final List<String> serviceNames;
    private final Duration shutdownGracePeriod;
    private final AtomicBoolean closed = new AtomicBoolean();

    private InferenceServer(Builder builder) {
        this.registry = builder.registry;
        this.shutdownGracePeriod = builder.shutdownGracePeriod;
        this.health = new HealthStatusManager();
        NettyServerBuilder netty = NettyServerBuilder.forPort(builder.port)
                .maxInboundMessageSize(builder.maxInboundMessageBytes)
                .addService(health.getHealthService())
                .addService(ProtoReflectionServiceV1.newInstance());
        List<String> names = new ArrayList<>();
        List<BindableService> services = new ArrayList<>();
        services.add(new KServeInferenceService(registry));
        services.addAll(builder.services);
        for (BindableService service : services) {
            ServerServiceDefinition definition = service.bindService();
            netty.addService(definition);
            names.add(definition.getServiceDescriptor().getName());
        }
        this.server = netty.build();
        this.serviceNames = List.copyOf(names);
    }

    /** A builder with port 8500, 64 MiB messages and a 30 s shutdown grace period. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the port and starts answering; health reports SERVING when every model is ready.
     *
     * @throws IOException when the port cannot be bound
     */
    public InferenceServer start() throws IOException {
        server.start();
        ServingStatus status = registry.allReady() ? ServingStatus.SERVING : ServingStatus.NOT_SERVING;
        health.setStatus(HealthStatusManager.SERVICE_NAME_ALL_SERVICES, status);
        serviceNames.forEach(name -> health.setStatus(name, status));
        LOG.info("shopml inference server listening on port {}, health {}, services {}", port(), status, serviceNames);
        for (ModelStatus model : registry.statuses()) {
            if (model.isReady()) {
                LOG.info("serving model '{}' version {}", model.name(), model.version());
            } else {
                LOG.warn("not serving model '{}' version {}: {}", model.name(), model.version(), model.reason());
            }
        }
        return this;
    }

    /** The bound port: the one asked for, or the one the system chose for port 0. */
    public int port() {
        return server.getPort();
    }

    /** Blocks until the server has shut down. */
    public void awaitTermination() throws InterruptedException {
        server.awaitTermination();
    }

    /** Closes the server gracefully when the JVM is asked to stop (Ctrl-C, SIGTERM). */
    public void installShutdownHook() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "shopml-server-shutdown"));
    }

    /**
     * Shuts down gracefully: health turns NOT_SERVING, new calls are refused, calls in flight get the
     * grace period to finish before they are cancelled, then the models are freed. Later calls do
     * nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LOG.info("shutting down: draining calls for up to {}", shutdownGracePeriod);
        health.enterTerminalState();
        server.shutdown();
        try {
            if (!server.awaitTermination(shutdownGracePeriod.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("calls still running after {}; cancelling them", shutdownGracePeriod);
                server.shutdownNow();
                server.awaitTermination(CANCEL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            server.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            registry.close();
            LOG.info("shut down");
        }
    }

    /** Settings of an {@link InferenceServer}; {@link #registry} is required. */
    public static final class Builder {

        private int port = 8500;
        private ModelRegistry registry;
        private final List<BindableService> services = new ArrayList<>();
        private int maxInboundMessageBytes = 64 * 1024 * 1024;
        private Duration shutdownGracePeriod = Duration.ofSeconds(30);

        private Builder() {
        }

        /** The port to listen on, all interfaces; 0 lets the system choose one. Default 8500. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " is outside 0..65535");
            }
            this.port = port;
            return this;
        }

        /** The models to serve; required. The server closes it when it shuts down. */
        public Builder registry(ModelRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /** A typed service (e.g. the ForecastService) to serve beside KServe v2. */
        public Builder addService(BindableService service) {
            services.add(Objects.requireNonNull(service, "service"));
            return this;
        }

        /** The largest request accepted; larger ones fail with RESOURCE_EXHAUSTED. Default 64 MiB. */
        public Builder maxInboundMessageBytes(int bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("max inbound message size must be positive, got " + bytes);
            }
            this.maxInboundMessageBytes = bytes;
            return this;
        }

        /** How long {@link InferenceServer#close} lets calls in flight finish. Default 30 s. */
        public Builder shutdownGracePeriod(Duration gracePeriod) {
            if (gracePeriod.isNegative()) {
                throw new IllegalArgumentException("shutdown grace period must not be negative, got " + gracePeriod);
            }
            this.shutdownGracePeriod = gracePeriod;
            return this;
        }

        /** The server, not yet started. */
        public InferenceServer build() {
            if (registry == null) {
                throw new IllegalStateException("an InferenceServer needs a registry: call registry(...) first");
            }
            return new InferenceServer(this);
        }
    }
}
