package io.shopml.cli;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.serving.server.InferenceServer;
import org.apache.commons.io.file.PathUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * {@code shopml quickstart}: the whole path on the bundled data in a few minutes: train small
 * versions of the models, export them, serve them, query them over gRPC next to the actuals and
 * baselines, measure latency, stop.
 */
@Command(name = "quickstart", mixinStandardHelpOptions = true,
        description = "Train small models on the bundled data, export, serve, query over gRPC and report.")
final class QuickstartCommand implements Callable<Integer> {

    @Option(names = "--work", defaultValue = ".shopml/quickstart", paramLabel = "DIR",
            description = "Working folder for the repository and runs; emptied first (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @picocli.CommandLine.Mixin
    DeviceOptions device = new DeviceOptions();

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        device.start(out);  // also loads PyTorch before ND4J: both run in this JVM
        // DJL models train before DL4J ones: multi-threaded DJL training after DL4J has computed in the
        // same JVM can go NaN (docs/product.md, "ND4J and PyTorch in one JVM").
        List<QuickstartModel> models = List.of(new ProductQuickstart(seed), new SentimentQuickstart(seed),
                new ForecasterQuickstart(seed), new RecommenderQuickstart(seed));
        emptyFolder(work);
        ModelRepository repository = new ModelRepository(work.resolve("models"));

        for (QuickstartModel model : models) {
            out.println("== train " + model.title());
            model.trainAndExport(repository, work, out);
        }
        try (InferenceServer server = ServeCommand.start(repository, 0)) {
            out.printf("== serve: gRPC on localhost:%d (KServe v2, shopml.v1 services, health, reflection)%n",
                    server.port());
            ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
            try {
                for (QuickstartModel model : models) {
                    out.println("== query " + model.title());
                    model.query(channel, repository, out);
                }
            } finally {
                channel.shutdown().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
        out.println("== done: server stopped. Next: ./shopml serve --repo " + work.resolve("models")
                + "  (then see docs/serving.md), ./shopml train <model> --help");
        return 0;
    }

    private static void emptyFolder(Path dir) {
        try {
            if (Files.exists(dir)) {
                PathUtils.deleteDirectory(dir);
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir, e);
        }
    }
}
