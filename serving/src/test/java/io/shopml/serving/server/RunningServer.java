package io.shopml.serving.server;

import inference.GRPCInferenceServiceGrpc;
import io.grpc.BindableService;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.health.v1.HealthGrpc;
import io.shopml.serving.registry.ModelRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** A real {@link InferenceServer} on an ephemeral port with a plaintext channel to it, for one test. */
public final class RunningServer implements AutoCloseable {

    private final InferenceServer server;
    private final ManagedChannel channel;

    private RunningServer(InferenceServer server) {
        this.server = server;
        this.channel = ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
    }

    /** Starts a server over {@code registry} (which it then owns) with the extra typed services. */
    public static RunningServer start(ModelRegistry registry, BindableService... services) throws IOException {
        InferenceServer.Builder builder = InferenceServer.builder()
                .registry(registry)
                .shutdownGracePeriod(Duration.ofSeconds(10));
        for (BindableService service : services) {
            builder.addService(service);
        }
        return start(builder);
    }

    /** Starts the server {@code builder} describes, on an ephemeral port. */
    public static RunningServer start(InferenceServer.Builder builder) throws IOException {
        return new RunningServer(builder.port(0).build().start());
    }

    public InferenceServer server() {
        return server;
    }

    public ManagedChannel channel() {
        return channel;
    }

    public GRPCInferenceServiceGrpc.GRPCInferenceServiceBlockingStub kserve() {
        return GRPCInferenceServiceGrpc.newBlockingStub(channel);
    }

    public HealthGrpc.HealthBlockingStub health() {
        return HealthGrpc.newBlockingStub(channel);
    }

    /** Closes the channel, then the server (which closes the registry). */
    @Override
    public void close() {
        channel.shutdownNow();
        try {
            channel.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
        }
    }
}
