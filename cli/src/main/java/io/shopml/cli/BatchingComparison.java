package io.shopml.cli;

import inference.GrpcPredictV2.ModelInferRequest;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.shopml.evaluation.serve.LoadResult;
import io.shopml.evaluation.serve.Scenario;
import io.shopml.evaluation.serve.ScenarioRunner;
import io.shopml.evaluation.serve.ScenarioSettings;
import io.shopml.serving.batching.BatchingOptions;
import io.shopml.serving.batching.InProcessCeiling;
import io.shopml.serving.config.ServerConfig;
import io.shopml.serving.config.ServerLauncher;
import io.shopml.serving.kserve.InferParameters;
import io.shopml.serving.metrics.ServingMetrics;
import io.shopml.serving.registry.InferenceRequest;
import io.shopml.serving.server.InferenceServer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Dynamic batching on vs off for one model, side by side in one run: two servers on one repository
 * (default batching, and batching off), the same offline load at each concurrency on one and then
 * the other, the queue vs compute split from each server's own metrics, and the model's in-process
 * batched throughput as the ceiling. Machines are noisy; read the ratios.
 */
final class BatchingComparison {

    /** Batch sizes the in-process ceiling tries, up to the default max batch size. */
    private static final int[] CEILING_BATCHES = {1, 4, 16, 32};

    /**
     * One concurrency's outcome.
     *
     * @param concurrency calls in flight
     * @param on          the load with batching
     * @param onSplit     the batching server's queue and compute during that load
     * @param off         the load without batching
     * @param offSplit    the other server's queue and compute during its load
     */
    record Row(int concurrency, LoadResult on, ServingMetrics.Totals onSplit, LoadResult off,
               ServingMetrics.Totals offSplit) {

        double speedup() {
            return off.throughput() == 0 ? 0 : on.throughput() / off.throughput();
        }
    }

    /**
     * Everything measured.
     *
     * @param model          the model
     * @param rows           one per concurrency
     * @param ceiling the best in-process rows/s over batch sizes 1-32, as many threads as the server's workers
     */
    record Result(String model, List<Row> rows, Ceiling ceiling) {

        double bestServed() {
            return rows.stream().mapToDouble(row -> row.on().throughput()).max().orElse(0);
        }
    }

    private BatchingComparison() {
    }

    /**
     * @param requestsFor builds the calls from the bundled data for the model, reading its shapes
     *                    over the channel given (the batching server's)
     */
    static Result run(Path repo, String model, Function<ManagedChannel, IntFunction<ModelInferRequest>> requestsFor,
                      List<Integer> concurrencies, ScenarioSettings settings) throws IOException, InterruptedException {
        ServerConfig config = ServerConfig.empty().withRepo(repo).withPort(0).withPollIntervalSeconds(0.0);
        try (InferenceServer batching = ServerLauncher.start(config);
             InferenceServer unbatched = ServerLauncher.start(config.withBatchingOff())) {
            ManagedChannel onChannel = channel(batching);
            ManagedChannel offChannel = channel(unbatched);
            try {
                IntFunction<ModelInferRequest> requests = requestsFor.apply(onChannel);
                // One untimed run on each first: JIT compilation in this process would otherwise
                // favour whichever server is measured second.
                ScenarioSettings warmUp = settings.withOfflineConcurrency(concurrencies.get(concurrencies.size() - 1));
                measure(batching, onChannel, model, requests, warmUp);
                measure(unbatched, offChannel, model, requests, warmUp);
                List<Row> rows = new ArrayList<>();
                for (int concurrency : concurrencies) {
                    ScenarioSettings offline = settings.withOfflineConcurrency(concurrency);
                    Measured on = measure(batching, onChannel, model, requests, offline);
                    Measured off = measure(unbatched, offChannel, model, requests, offline);
                    Row row = new Row(concurrency, on.load, on.split, off.load, off.split);
                    System.out.printf("  concurrency %d: batching on %.0f calls/s (p99 %.1f ms, %.1f rows/batch), "
                            + "off %.0f calls/s (p99 %.1f ms): %.2fx%n", concurrency, on.load.throughput(),
                            on.load.p99Ms(), on.split.meanBatchRows(), off.load.throughput(), off.load.p99Ms(),
                            row.speedup());
                    rows.add(row);
                }
                return new Result(model, rows, ceiling(batching, model, requests));
            } finally {
                onChannel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
                offChannel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }

    /** The result as a Markdown table for docs/benchmarks.md. */
    static void print(Result result, PrintStream out) {
        out.printf("%n%s: offline load, batching on (defaults) vs off%n%n", result.model());
        out.println("| concurrency | on: calls/s | p50 | p90 | p99 | rows/batch | queue | compute/batch "
                + "| off: calls/s | p50 | p90 | p99 | queue | compute/call | on / off |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Row row : result.rows()) {
            out.printf("| %d | %.0f | %.1f ms | %.1f ms | %.1f ms | %.1f | %.1f ms | %.1f ms | %.0f | %.1f ms | %.1f ms "
                            + "| %.1f ms | %.1f ms | %.1f ms | %.2fx |%n",
                    row.concurrency(), row.on().throughput(), row.on().p50Ms(), row.on().p90Ms(), row.on().p99Ms(),
                    row.onSplit().meanBatchRows(), row.onSplit().meanQueueMs(), row.onSplit().meanComputeMs(),
                    row.off().throughput(), row.off().p50Ms(), row.off().p90Ms(), row.off().p99Ms(),
                    row.offSplit().meanQueueMs(), row.offSplit().meanComputeMs(), row.speedup());
        }
        out.printf("%nIn-process ceiling (the loaded model's infer, best over batches of 1, 4, 16 and 32 requests, "
                        + "%d threads like the server's workers, no gRPC or queue): %.0f rows/s at batch %d. Best served "
                        + "with batching: %.0f calls/s = %.2fx the ceiling.%n",
                BatchingOptions.DEFAULT.workers(), result.ceiling().rowsPerSecond(), result.ceiling().batch(),
                result.bestServed(), result.bestServed() / result.ceiling().rowsPerSecond());
    }

    private record Measured(LoadResult load, ServingMetrics.Totals split) {
    }

    private static Measured measure(InferenceServer server, ManagedChannel channel, String model,
                                    IntFunction<ModelInferRequest> requests, ScenarioSettings offline)
            throws InterruptedException {
        ServingMetrics metrics = server.registry().metrics();
        ServingMetrics.Totals before = metrics.totals(model);
        LoadResult load = new ScenarioRunner(channel, requests).run(Set.of(Scenario.OFFLINE), offline).get(0).load();
        return new Measured(load, metrics.totals(model).since(before));
    }

    /** The best in-process rows/s over batches of {@link #CEILING_BATCHES} requests. */
    private static Ceiling ceiling(InferenceServer server, String model, IntFunction<ModelInferRequest> requests) {
        Ceiling best = new Ceiling(0, 0);
        for (int size : CEILING_BATCHES) {
            List<InferenceRequest> batch = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                batch.add(InferParameters.toInference(requests.apply(i)));
            }
            double rowsPerSecond = InProcessCeiling.rowsPerSecond(server.registry().get(model, ""), batch,
                    BatchingOptions.DEFAULT.workers(), Duration.ofSeconds(3));
            if (rowsPerSecond > best.rowsPerSecond()) {
                best = new Ceiling(rowsPerSecond, size);
            }
        }
        return best;
    }

    /**
     * The model's best in-process throughput.
     *
     * @param rowsPerSecond rows/s
     * @param batch         the batch size that reached it
     */
    record Ceiling(double rowsPerSecond, int batch) {
    }

    private static ManagedChannel channel(InferenceServer server) {
        return ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
    }
}
