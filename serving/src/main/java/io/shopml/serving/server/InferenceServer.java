package io.shopml.serving.server;

import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import io.shopml.serving.admin.ModelAdminGrpcService;
import io.shopml.serving.call.CallRecorder;
import io.shopml.serving.call.CallerHash;
import io.shopml.serving.call.TokenAuthenticator;
import io.shopml.serving.kserve.KServeInferenceService;
import io.shopml.serving.kserve.RequestLimits;
import io.shopml.serving.metrics.MetricsEndpoint;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.ModelStatus;
import io.shopml.serving.registry.RepositoryPoller;
import io.shopml.serving.security.TlsOptions;
import io.shopml.serving.security.TokenFile;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shopml gRPC server (Netty): KServe v2 inference over a {@link ModelRegistry}, the typed
 * services added to it, {@code shopml.v1.ModelAdminService}, {@code grpc.health.v1} health (updated
 * as versions load and fail: "" and KServe SERVING while every model serves a version, a typed
 * {@link TaskService} while some model of its task does, the admin service while the server runs) and
 * server reflection. Every call goes through the request log and metrics ({@link CallRecorder}) and,
 * with a token file, bearer-token auth; TLS (optionally mutual) and a Prometheus endpoint on its own
 * port are optional. It owns the registry: {@link #close} drains calls gracefully, then frees the
 * models.
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
    /** Per service name: whether it can answer now. */
    private final Map<String, BooleanSupplier> serviceHealth;
    private final Duration shutdownGracePeriod;
    private final int metricsPort;
    private final Duration pollInterval;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean started;
    private MetricsEndpoint metricsEndpoint;
    private RepositoryPoller poller;

    private InferenceServer(Builder builder) {
        this.registry = builder.registry;
        this.shutdownGracePeriod = builder.shutdownGracePeriod;
        this.metricsPort = builder.metricsPort;
        this.pollInterval = builder.pollInterval;
        this.health = new HealthStatusManager();
        NettyServerBuilder netty = NettyServerBuilder.forPort(builder.port)
                .maxInboundMessageSize(builder.maxInboundMessageBytes)
                .addService(health.getHealthService())
                .addService(ProtoReflectionServiceV1.newInstance());
        if (builder.tls != null) {
            netty.sslContext(builder.tls.sslContext());
        }
        CallerHash callerHash = new CallerHash(builder.callerHashSalt);
        // Interceptors run last-added first: the recorder wraps the authenticator, so refusals are logged too.
        if (builder.tokens != null) {
            netty.intercept(new TokenAuthenticator(builder.tokens, callerHash));
        }
        netty.intercept(new CallRecorder(registry.metrics(), callerHash));
        Map<String, BooleanSupplier> serving = new LinkedHashMap<>();
        List<BindableService> services = new ArrayList<>();
        services.add(new KServeInferenceService(registry, builder.requestLimits));
        services.addAll(builder.services);
        for (BindableService service : services) {
            ServerServiceDefinition definition = service.bindService();
            netty.addService(definition);
            serving.put(definition.getServiceDescriptor().getName(), service instanceof TaskService typed
                    ? () -> registry.servesTask(typed.modelTask())
                    : registry::allReady);
        }
        // The admin API serves whenever the server runs: it is how an operator loads models into an empty one.
        ServerServiceDefinition admin = new ModelAdminGrpcService(registry).bindService();
        netty.addService(admin);
        serving.put(admin.getServiceDescriptor().getName(), () -> true);
        this.server = netty.build();
        this.serviceHealth = Collections.unmodifiableMap(serving);
    }

    /** A builder with port 8500, 64 MiB messages, a 30 s shutdown grace period, no TLS, tokens, metrics port or polling. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the port(s) and starts answering; health follows the registry from now on.
     *
     * @throws IOException when the gRPC port cannot be bound
     */
    public InferenceServer start() throws IOException {
        server.start();
        started = true;
        registry.addListener(this::updateHealth);
        updateHealth();
        if (metricsPort >= 0) {
            metricsEndpoint = MetricsEndpoint.start(metricsPort, registry.metrics());
        }
        if (pollInterval != null) {
            poller = RepositoryPoller.start(registry, pollInterval);
        }
        LOG.info("shopml inference server listening on port {}{}, services {}", port(),
                metricsEndpoint == null ? "" : ", metrics on http port " + metricsEndpoint.port() + "/metrics",
                serviceHealth.keySet());
        for (ModelStatus model : registry.versionStatuses()) {
            if (model.isReady()) {
                LOG.info("serving model '{}' version {}", model.name(), model.version());
            } else {
                LOG.warn("not serving model '{}' version {} ({}): {}", model.name(), model.version(), model.state(),
                        model.reason());
            }
        }
        return this;
    }

    private void updateHealth() {
        if (closed.get() || !started) {
            return;
        }
        health.setStatus(HealthStatusManager.SERVICE_NAME_ALL_SERVICES, status(registry.allReady()));
        serviceHealth.forEach((name, serving) -> health.setStatus(name, status(serving.getAsBoolean())));
    }

    private static ServingStatus status(boolean serving) {
        return serving ? ServingStatus.SERVING : ServingStatus.NOT_SERVING;
    }

    /** The bound port: the one asked for, or the one the system chose for port 0. */
    public int port() {
        return server.getPort();
    }

    /** The bound metrics port, or -1 when the server has no metrics endpoint. */
    public int metricsPort() {
        return metricsEndpoint == null ? -1 : metricsEndpoint.port();
    }

    /** The registry the server answers from. */
    public ModelRegistry registry() {
        return registry;
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
     * Shuts down gracefully: health turns NOT_SERVING, polling stops, new calls are refused with
     * UNAVAILABLE, calls in flight (queued ones included) get the grace period to finish before they
     * are cancelled, then the models are freed and the metrics endpoint closes. Later calls do
     * nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LOG.info("shutting down: draining calls for up to {}", shutdownGracePeriod);
        health.enterTerminalState();
        if (poller != null) {
            poller.close();
        }
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
            if (metricsEndpoint != null) {
                metricsEndpoint.close();
            }
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
        private RequestLimits requestLimits = RequestLimits.DEFAULT;
        private int metricsPort = -1;
        private Duration pollInterval;
        private TlsOptions tls;
        private TokenFile tokens;
        private String callerHashSalt = UUID.randomUUID().toString();

        private Builder() {
        }

        /** The port to listen on, all interfaces; 0 lets the system choose one. Default 8500. */
        public Builder port(int port) {
            this.port = checkPort(port, "port");
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

        /** Caps on tensors and elements per KServe request. Default {@link RequestLimits#DEFAULT}. */
        public Builder requestLimits(RequestLimits limits) {
            this.requestLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** Serves Prometheus metrics over HTTP on this port (0 = any free port). Default: no endpoint. */
        public Builder metricsPort(int port) {
            this.metricsPort = checkPort(port, "metrics port");
            return this;
        }

        /** Refreshes the registry from its repository at this interval. Default: no polling. */
        public Builder pollInterval(Duration interval) {
            if (interval.isZero() || interval.isNegative()) {
                throw new IllegalArgumentException("poll interval must be positive, got " + interval);
            }
            this.pollInterval = interval;
            return this;
        }

        /** Serves over TLS with these files. Default: plaintext. */
        public Builder tls(TlsOptions tlsOptions) {
            this.tls = Objects.requireNonNull(tlsOptions, "tls");
            return this;
        }

        /** Requires a bearer token from this file on every call but health checks. Default: no auth. */
        public Builder tokens(TokenFile tokenFile) {
            this.tokens = Objects.requireNonNull(tokenFile, "tokens");
            return this;
        }

        /** The salt of the caller hashes in the request log. Default: random per server. */
        public Builder callerHashSalt(String salt) {
            this.callerHashSalt = Objects.requireNonNull(salt, "salt");
            return this;
        }

        /** The server, not yet started. */
        public InferenceServer build() {
            if (registry == null) {
                throw new IllegalStateException("an InferenceServer needs a registry: call registry(...) first");
            }
            return new InferenceServer(this);
        }

        private static int checkPort(int port, String what) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException(what + " " + port + " is outside 0..65535");
            }
            return port;
        }
    }
}
