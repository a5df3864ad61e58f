package io.shopml.serving.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import inference.GRPCInferenceServiceGrpc;
import inference.GrpcPredictV2.ServerReadyRequest;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.ScaleLoader;
import io.shopml.serving.registry.TestRepositories;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wiring shown in the package documentation, compiled and run so it cannot drift. */
class UsageExampleTest {

    @TempDir
    Path repo;

    @Test
    void packageExample_loadsTheRepository_servesIt_andShutsDown() throws Exception {
        TestRepositories.commitScaleModel(new ModelRepository(repo), "doubler", 2f);

        ModelRegistry registry = ModelRegistry.load(new ModelRepository(repo), List.of(new ScaleLoader()));
        try (InferenceServer server = InferenceServer.builder().port(0).registry(registry).build().start()) {
            ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
            try {
                assertTrue(GRPCInferenceServiceGrpc.newBlockingStub(channel)
                        .serverReady(ServerReadyRequest.getDefaultInstance()).getReady());
            } finally {
                channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
            }
        }
    }
}
