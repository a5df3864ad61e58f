package io.shopml.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.shopml.datasets.BundledDatasets;
import io.shopml.datasets.images.FashionMnist;
import io.shopml.datasets.reviews.ReviewCsvReader;
import io.shopml.evaluation.report.ReportJson;
import inference.GrpcPredictV2.ModelInferRequest;
import io.shopml.evaluation.serve.ForecastInferRequests;
import io.shopml.evaluation.serve.ProductInferRequests;
import io.shopml.evaluation.serve.RecommendInferRequests;
import io.shopml.evaluation.serve.Scenario;
import io.shopml.evaluation.serve.ScenarioResult;
import io.shopml.evaluation.serve.ScenarioRunner;
import io.shopml.evaluation.serve.ScenarioSettings;
import io.shopml.evaluation.serve.SentimentInferRequests;
import io.shopml.evaluation.serve.ServeBenchSection;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.recommend.RecommenderConfig;
import io.shopml.serving.server.InferenceServer;
import io.shopml.training.recommend.RecommenderData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * {@code shopml bench serve}: MLPerf-style scenarios (single-stream, server, offline) over KServe
 * v2 with requests from the real test windows, against {@code --target} or a server this command
 * starts on {@code --repo}. Prints a table, and writes JSON and a report section on request.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Single-stream p90, server (Poisson) p99 and highest rate within a p99 bound, offline throughput.")
final class BenchServeCommand implements Callable<Integer> {

    @Mixin
    SalesDataOptions data = new SalesDataOptions();

    @Option(names = "--target", paramLabel = "HOST:PORT", description = "A running shopml server.")
    String target;

    @Option(names = "--repo", paramLabel = "DIR",
            description = "Without --target: start a server on this repository for the run.")
    Path repo;

    @Option(names = "--model", defaultValue = "sales-forecaster",
            description = "Model: a forecaster, sentiment, product or recommender model (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--scenario", split = ",", defaultValue = "single-stream,server,offline", paramLabel = "S",
            description = "Scenarios, comma-separated (default: ${DEFAULT-VALUE}).")
    List<String> scenarios;

    @Option(names = "--requests", defaultValue = "2000", description = "Recorded calls per run, at most (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--warmup", defaultValue = "200", description = "Unrecorded warm-up calls per run (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--max-seconds", defaultValue = "60", description = "Time bound per run (default: ${DEFAULT-VALUE}).")
    int maxSeconds;

    @Option(names = "--offline-concurrency", defaultValue = "32",
            description = "Calls in flight in the offline scenario (default: ${DEFAULT-VALUE}).")
    int offlineConcurrency;

    @Option(names = "--rate", defaultValue = "0", paramLabel = "CALLS/S",
            description = "Server scenario's Poisson rate; 0 searches the highest rate meeting --p99-bound (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--p99-bound", defaultValue = "50", paramLabel = "MS",
            description = "Server scenario's p99 latency bound in ms (default: ${DEFAULT-VALUE}).")
    double p99Bound;

    @Option(names = "--search-steps", defaultValue = "6", description = "Bisection steps of the rate search (default: ${DEFAULT-VALUE}).")
    int searchSteps;

    @Option(names = "--texts-per-request", defaultValue = "1", paramLabel = "N",
            description = "Sentiment models: test reviews per request (default: ${DEFAULT-VALUE}).")
    int textsPerRequest;

    @Option(names = "--compare-batching", description = "With --repo: instead of the scenarios, the offline load at each "
            + "--concurrency on two servers, batching on (defaults) and off, with the queue vs compute split and the "
            + "in-process ceiling; prints a Markdown table.")
    boolean compareBatching;

    @Option(names = "--concurrency", split = ",", defaultValue = "1,4,16,64", paramLabel = "C",
            description = "With --compare-batching: calls in flight, comma-separated (default: ${DEFAULT-VALUE}).")
    List<Integer> concurrencies;

    @Option(names = "--json", paramLabel = "OUT.json", description = "Also write the results as JSON.")
    Path json;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Save the results as a section for the next 'evaluate --all --out DIR'.")
    Path report;

    private IntFunction<ModelInferRequest> forecastRequests(ManagedChannel channel, String address, Set<Scenario> chosen) {
        ModelShapes.Forecaster p = ModelShapes.forecaster(channel, model);
        ForecastInferRequests source = new ForecastInferRequests(data.load().data().series(), model, p.window(),
                p.horizon());
        System.out.printf("bench serve: %s at %s, %d distinct requests from the test windows, scenarios %s%n",
                model, address, source.distinctRequests(), chosen);
        return source;
    }

    /** Real MovieLens users' last 10 items (bundled ratings), k = 10 over the whole catalogue. */
    private IntFunction<ModelInferRequest> recommendRequests(String address, Set<Scenario> chosen) {
        RecommenderConfig recipe = RecommenderConfig.fullRecipe();
        RecommendInferRequests source = new RecommendInferRequests(RecommenderData.load(
                TrainRecommenderCommand.dataFile(null), recipe.minUserCount(), recipe.minItemCount()).interactions(),
                model, recipe.historyLength(), 10);
        System.out.printf("bench serve: %s at %s, %d distinct requests (real users' last %d items, k = 10), "
                + "scenarios %s%n", model, address, source.distinctRequests(), recipe.historyLength(), chosen);
        return source;
    }

    /** The bundled test reviews, {@code --texts-per-request} per call. */
    private IntFunction<ModelInferRequest> sentimentRequests(String address, Set<Scenario> chosen) {
        List<String> texts = new ReviewCsvReader().read(BundledDatasets.extract(BundledDatasets.REVIEWS_TEST)).texts();
        System.out.printf("bench serve: %s at %s, %d test reviews, %d per request, scenarios %s%n", model, address,
                texts.size(), textsPerRequest, chosen);
        return new SentimentInferRequests(texts, model, textsPerRequest);
    }

    /** Real Fashion-MNIST test images (bundled), one per call. */
    private IntFunction<ModelInferRequest> productRequests(String address, Set<Scenario> chosen) {
        ProductInferRequests source = new ProductInferRequests(FashionMnist.load(FashionMnist.Split.TEST), model);
        System.out.printf("bench serve: %s at %s, %d test images, one per request, scenarios %s%n", model, address,
                source.distinctRequests(), chosen);
        return source;
    }

    /** Requests built from bundled real data for whatever kind of model {@code model} is. */
    private IntFunction<ModelInferRequest> requestsFor(ManagedChannel channel, String address, Set<Scenario> chosen) {
        if (ModelShapes.isRecommender(channel, model)) {
            return recommendRequests(address, chosen);
        }
        if (ModelShapes.isSentiment(channel, model)) {
            return sentimentRequests(address, chosen);
        }
        if (ModelShapes.isProduct(channel, model)) {
            return productRequests(address, chosen);
        }
        return forecastRequests(channel, address, chosen);
    }

    @Override
    public Integer call() throws Exception {
        if ((target == null) == (repo == null)) {
            throw new IllegalArgumentException("give exactly one of --target HOST:PORT or --repo DIR");
        }
        if (compareBatching && repo == null) {
            throw new IllegalArgumentException("--compare-batching starts its own two servers: give --repo DIR, not --target");
        }
        if (concurrencies.stream().anyMatch(c -> c < 1)) {
            throw new IllegalArgumentException("--concurrency values must be at least 1, got " + concurrencies);
        }
        Set<Scenario> chosen = EnumSet.noneOf(Scenario.class);
        scenarios.forEach(s -> chosen.add(Scenario.parse(s)));
        ScenarioSettings settings = new ScenarioSettings(warmup, requests, Duration.ofSeconds(maxSeconds),
                offlineConcurrency, rate, p99Bound, searchSteps);
        if (compareBatching) {
            return runBatchingComparison(settings);
        }
        InferenceServer server = null;
        String address = target;
        if (repo != null) {
            server = ServeCommand.start(new ModelRepository(repo), 0);
            address = "localhost:" + server.port();
        }
        ManagedChannel channel = ManagedChannelBuilder.forTarget(address).usePlaintext().build();
        try {
            IntFunction<ModelInferRequest> source = requestsFor(channel, address, chosen);
            List<ScenarioResult> results = new ScenarioRunner(channel, source).run(chosen, settings);
            results.forEach(r -> System.out.println(r.summary()));
            if (json != null) {
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), results);
                System.out.println("wrote " + json);
            }
            if (report != null) {
                System.out.println("wrote " + ReportJson.saveSection(ServeBenchSection.of(model, address, results),
                        report, "serve-" + model));
            }
            return results.stream().anyMatch(r -> r.load().errorCount() > 0) ? 1 : 0;
        } finally {
            channel.shutdown().awaitTermination(5, TimeUnit.SECONDS);
            if (server != null) {
                server.close();
            }
        }
    }

    /** {@code --compare-batching}: the comparison's own two servers; requests built against the first. */
    private int runBatchingComparison(ScenarioSettings settings) throws Exception {
        BatchingComparison.Result comparison = BatchingComparison.run(repo, model,
                channel -> requestsFor(channel, channel.authority(), EnumSet.of(Scenario.OFFLINE)), concurrencies,
                settings);
        BatchingComparison.print(comparison, System.out);
        if (json != null) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), comparison);
            System.out.println("wrote " + json);
        }
        return comparison.rows().stream().anyMatch(r -> r.on().errorCount() + r.off().errorCount() > 0) ? 1 : 0;
    }
}
