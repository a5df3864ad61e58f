/**
 * The gRPC server process: {@link io.shopml.serving.server.InferenceServer} binds a port, serves
 * KServe v2, the typed services it is given, {@code grpc.health.v1} and server reflection, and shuts
 * down gracefully (NOT_SERVING, drain, force, free the models). A {@code main} only wires:
 *
 * <pre>{@code
 * ModelRegistry registry = ModelRegistry.load(new ModelRepository(repo), ServableLoader.installed());
 * InferenceServer server = InferenceServer.builder()
 *         .port(8500)
 *         .registry(registry)
 *         .addService(new ForecastGrpcService(registry))
 *         .build()
 *         .start();
 * server.installShutdownHook();
 * server.awaitTermination();
 * }</pre>
 *
 * <p>The same wiring, with a test model, runs as {@code UsageExampleTest}.
 */
package io.shopml.serving.server;
