package io.shopml.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.shopml.evaluation.serve.ForecastInferRequests;
import io.shopml.evaluation.serve.LoadGenerator;
import io.shopml.evaluation.serve.LoadResult;
import io.shopml.evaluation.serve.LoadSettings;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.serving.server.InferenceServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * {@code shopml bench serve}: KServe v2 latency and throughput of the forecaster at several
 * concurrencies, with requests from the real test windows. Against {@code --target}, or against
 * a server this command starts on {@code --repo}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Latency percentiles and throughput of ModelInfer at each concurrency.")
final class BenchServeCommand implements Callable<Integer> {

    @Mixin
    SalesDataOptions data = new SalesDataOptions();

    @Option(names = "--target", paramLabel = "HOST:PORT", description = "A running shopml server.")
    String target;

    @Option(names = "--repo", paramLabel = "DIR",
            description = "Without --target: start a server on this repository for the run.")
    Path repo;

    @Option(names = "--model", defaultValue = "sales-forecaster", description = "Model (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--concurrency", split = ",", defaultValue = "1,16",
            description = "Calls in flight, comma-separated (default: ${DEFAULT-VALUE}).")
    List<Integer> concurrency;

    @Option(names = "--requests", defaultValue = "2000", description = "Recorded calls per level (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--warmup", defaultValue = "200", description = "Unrecorded warm-up calls per level (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--max-seconds", defaultValue = "60", description = "Time bound per level (default: ${DEFAULT-VALUE}).")
    int maxSeconds;

    @Option(names = "--json", paramLabel = "OUT.json", description = "Also write the results as JSON.")
    Path json;

    @Override
    public Integer call() throws Exception {
        if ((target == null) == (repo == null)) {
            throw new IllegalArgumentException("give exactly one of --target HOST:PORT or --repo DIR");
        }
        InferenceServer server = null;
        String address = target;
        if (repo != null) {
            server = ServeCommand.start(new ModelRepository(repo), 0);
            address = "localhost:" + server.port();
        }
        ManagedChannel channel = ManagedChannelBuilder.forTarget(address).usePlaintext().build();
        try {
            ModelShapes.Forecaster p = ModelShapes.forecaster(channel, model);
            ForecastInferRequests source = new ForecastInferRequests(data.load().data().series(), model, p.window(),
                    p.horizon());
            System.out.printf("bench serve: %s at %s, %d distinct requests from the test windows%n", model, address,
                    source.distinctRequests());
            List<LoadResult> results = new ArrayList<>();
            for (int c : concurrency) {
                LoadResult r = new LoadGenerator(channel, source)
                        .run(new LoadSettings(c, warmup, requests, Duration.ofSeconds(maxSeconds)));
                System.out.println(r.summary());
                results.add(r);
            }
            if (json != null) {
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), results);
                System.out.println("wrote " + json);
            }
            return results.stream().anyMatch(r -> r.errorCount() > 0) ? 1 : 0;
        } finally {
            channel.shutdown().awaitTermination(5, TimeUnit.SECONDS);
            if (server != null) {
                server.close();
            }
        }
    }
}
