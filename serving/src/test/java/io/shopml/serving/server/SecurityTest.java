package io.shopml.serving.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import inference.GRPCInferenceServiceGrpc;
import inference.GrpcPredictV2.ServerLiveRequest;
import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.stub.MetadataUtils;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.proto.v1.ListModelsRequest;
import io.shopml.proto.v1.ModelAdminServiceGrpc;
import io.shopml.serving.call.CallerHash;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.ScaleLoader;
import io.shopml.serving.registry.TestRepositories;
import io.shopml.serving.security.TlsOptions;
import io.shopml.serving.security.TokenFile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS, mutual TLS and bearer tokens accept the right callers and refuse the others with the right status. */
class SecurityTest {

    @TempDir
    Path root;

    private ModelRepository repository;
    private InferenceServer server;
    private ManagedChannel channel;

    @BeforeEach
    void commitModels() throws IOException {
        repository = new ModelRepository(root.resolve("models"));
        TestRepositories.commitScaleModel(repository, "scaler", 2f);
        TestRepositories.commitScaleModel(repository, "secret", 3f);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (channel != null) {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void tls_acceptsClientsTrustingTheServerCertificate_andRefusesPlaintext() throws Exception {
        start(InferenceServer.builder().tls(new TlsOptions(fixture("server.pem"), fixture("server.key"), null)));

        channel = channel(TlsChannelCredentials.newBuilder().trustManager(fixture("ca.pem").toFile()).build());
        assertEquals(List.of(2f, 2f, 2f), ScaleCalls.y(kserve(channel).modelInfer(ScaleCalls.request("scaler", "", 1, 1f))));

        ManagedChannel plaintext = channel(InsecureChannelCredentials.create());
        try {
            StatusRuntimeException error = assertThrows(StatusRuntimeException.class,
                    () -> kserve(plaintext).serverLive(ServerLiveRequest.getDefaultInstance()));
            assertEquals(Status.Code.UNAVAILABLE, error.getStatus().getCode());
        } finally {
            plaintext.shutdownNow();
        }
    }

    @Test
    void mutualTls_acceptsAClientCertificate_andRefusesAClientWithout() throws Exception {
        start(InferenceServer.builder().tls(new TlsOptions(fixture("server.pem"), fixture("server.key"), fixture("ca.pem"))));

        channel = channel(TlsChannelCredentials.newBuilder().trustManager(fixture("ca.pem").toFile())
                .keyManager(fixture("client.pem").toFile(), fixture("client.key").toFile()).build());
        assertEquals(List.of(2f, 2f, 2f), ScaleCalls.y(kserve(channel).modelInfer(ScaleCalls.request("scaler", "", 1, 1f))));

        ManagedChannel anonymous = channel(TlsChannelCredentials.newBuilder().trustManager(fixture("ca.pem").toFile()).build());
        try {
            StatusRuntimeException error = assertThrows(StatusRuntimeException.class,
                    () -> kserve(anonymous).serverLive(ServerLiveRequest.getDefaultInstance()));
            assertEquals(Status.Code.UNAVAILABLE, error.getStatus().getCode());
        } finally {
            anonymous.shutdownNow();
        }
    }

    @Test
    void tokens_missingIsUnauthenticated_otherModelIsPermissionDenied_allowedModelAnswers() throws Exception {
        Path tokens = root.resolve("tokens.yaml");
        Files.writeString(tokens, """
                tokens:
                  - name: checkout-service
                    sha256: %s
                    models: [scaler]
                  - name: ops
                    token: ops-token
                    models: ["*"]
                    admin: true
                """.formatted(TokenFile.sha256("checkout-token")));
        start(InferenceServer.builder().tokens(TokenFile.read(tokens)));
        channel = channel(InsecureChannelCredentials.create());

        StatusRuntimeException missing = assertThrows(StatusRuntimeException.class,
                () -> kserve(channel).modelInfer(ScaleCalls.request("scaler", "", 1, 1f)));
        StatusRuntimeException wrong = assertThrows(StatusRuntimeException.class,
                () -> kserve(channel, "guess").modelInfer(ScaleCalls.request("scaler", "", 1, 1f)));
        StatusRuntimeException notAllowed = assertThrows(StatusRuntimeException.class,
                () -> kserve(channel, "checkout-token").modelInfer(ScaleCalls.request("secret", "", 1, 1f)));
        StatusRuntimeException notAdmin = assertThrows(StatusRuntimeException.class,
                () -> ModelAdminServiceGrpc.newBlockingStub(channel).withInterceptors(bearer("checkout-token"))
                        .listModels(ListModelsRequest.getDefaultInstance()));

        assertEquals(Status.Code.UNAUTHENTICATED, missing.getStatus().getCode());
        assertEquals(Status.Code.UNAUTHENTICATED, wrong.getStatus().getCode());
        assertEquals(Status.Code.PERMISSION_DENIED, notAllowed.getStatus().getCode());
        assertEquals("this token may not use model 'secret'", notAllowed.getStatus().getDescription());
        assertEquals(Status.Code.PERMISSION_DENIED, notAdmin.getStatus().getCode());
        assertEquals(List.of(2f, 2f, 2f),
                ScaleCalls.y(kserve(channel, "checkout-token").modelInfer(ScaleCalls.request("scaler", "", 1, 1f))));
        assertEquals(List.of(3f, 3f, 3f),
                ScaleCalls.y(kserve(channel, "ops-token").modelInfer(ScaleCalls.request("secret", "", 1, 1f))));
        assertEquals(2, ModelAdminServiceGrpc.newBlockingStub(channel).withInterceptors(bearer("ops-token"))
                .listModels(ListModelsRequest.getDefaultInstance()).getVersionsCount());
        assertEquals("SERVING", HealthGrpc.newBlockingStub(channel).check(HealthCheckRequest.getDefaultInstance())
                .getStatus().name(), "health checks need no token");
    }

    @Test
    void callerHash_isStableForOneSalt_andNeverTheIdentifierItself() {
        CallerHash hash = new CallerHash("salt");

        assertEquals(hash.of("token:checkout-service"), hash.of("token:checkout-service"));
        assertNotEquals(hash.of("token:checkout-service"), new CallerHash("other").of("token:checkout-service"));
        assertEquals(12, hash.of("token:checkout-service").length());
    }

    private void start(InferenceServer.Builder builder) throws IOException {
        server = builder.port(0).registry(ModelRegistry.load(repository, List.of(new ScaleLoader())))
                .shutdownGracePeriod(Duration.ofSeconds(5)).build().start();
    }

    private ManagedChannel channel(ChannelCredentials credentials) {
        return Grpc.newChannelBuilderForAddress("localhost", server.port(), credentials).build();
    }

    private static GRPCInferenceServiceGrpc.GRPCInferenceServiceBlockingStub kserve(ManagedChannel channel) {
        return GRPCInferenceServiceGrpc.newBlockingStub(channel);
    }

    private static GRPCInferenceServiceGrpc.GRPCInferenceServiceBlockingStub kserve(ManagedChannel channel, String token) {
        return kserve(channel).withInterceptors(bearer(token));
    }

    private static io.grpc.ClientInterceptor bearer(String token) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
        return MetadataUtils.newAttachHeadersInterceptor(headers);
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(SecurityTest.class.getResource("/tls/" + name).toURI());
    }
}
