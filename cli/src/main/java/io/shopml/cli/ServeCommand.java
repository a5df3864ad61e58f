package io.shopml.cli;

import io.shopml.models.artifact.ModelRepository;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.ServableLoader;
import io.shopml.serving.server.InferenceServer;
import io.shopml.serving.server.TypedServiceFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code shopml serve}: KServe v2 and the typed services on one port until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the latest version of every model in a repository over gRPC (KServe v2 + shopml.v1).")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--repo", required = true, paramLabel = "DIR", description = "Model repository.")
    Path repo;

    @Option(names = "--port", defaultValue = "8500", description = "gRPC port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(repo)) {
            throw new IllegalArgumentException("--repo " + repo + " is not a directory");
        }
        InferenceServer server = start(new ModelRepository(repo), port);
        server.installShutdownHook();
        System.out.printf("shopml serving %s on port %d (Ctrl-C to stop)%n", repo.toAbsolutePath(), server.port());
        server.awaitTermination();
        return 0;
    }

    /** Loads the repository and starts a server with every service; the caller closes it. */
    static InferenceServer start(ModelRepository repository, int port) throws java.io.IOException {
        ModelRegistry registry = ModelRegistry.load(repository, ServableLoader.installed());
        InferenceServer.Builder builder = InferenceServer.builder().port(port).registry(registry);
        TypedServiceFactory.createInstalled(registry).forEach(builder::addService);
        InferenceServer server = builder.build();
        server.start();
        return server;
    }
}
