package io.shopml.cli;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.shopml.datasets.timeseries.TimeSeries;
import io.shopml.evaluation.baselines.HoltWinters;
import io.shopml.evaluation.baselines.SeasonalNaive;
import io.shopml.evaluation.forecast.ForecastEvaluation;
import io.shopml.evaluation.forecast.ForecastResult;
import io.shopml.evaluation.serve.ForecastInferRequests;
import io.shopml.evaluation.serve.LoadGenerator;
import io.shopml.evaluation.serve.LoadSettings;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.forecast.ForecasterConfig;
import io.shopml.proto.v1.ForecastRequest;
import io.shopml.proto.v1.ForecastResponse;
import io.shopml.proto.v1.ForecastServiceGrpc;
import io.shopml.proto.v1.ForecastStep;
import io.shopml.serving.server.InferenceServer;
import io.shopml.training.forecast.ForecastDataPreparation;
import io.shopml.training.forecast.ForecasterTrainer;
import io.shopml.training.forecast.ForecasterTrainingResult;
import io.shopml.training.loop.ProgressBarListener;
import io.shopml.training.loop.RunDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code shopml quickstart}: the whole path on the bundled data in a couple of minutes: train a
 * small forecaster, export it, serve it, query it over gRPC next to the actuals and baselines,
 * measure latency, stop.
 */
@Command(name = "quickstart", mixinStandardHelpOptions = true,
        description = "Train small models on the bundled data, export, serve, query over gRPC and report.")
final class QuickstartCommand implements Callable<Integer> {

    private static final int HORIZON = 12;
    private static final String MODEL = "sales-forecaster";

    @Mixin
    SalesDataOptions data = new SalesDataOptions();

    @Option(names = "--work", defaultValue = ".shopml/quickstart", paramLabel = "DIR",
            description = "Working folder for the repository and runs; emptied first (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        emptyFolder(work);
        ModelRepository repository = new ModelRepository(work.resolve("models"));

        out.println("== 1/5 data: " + (data.data == null ? "bundled US beer, wine and liquor wholesale sales "
                + "(US Census via FRED, monthly, millions of USD)" : data.data));
        ForecastDataPreparation prepared = data.load();
        TrainForecasterCommand.printCleaning(out, prepared.reports());
        TimeSeries series = prepared.data().series().get(0);
        out.printf("   %d series; the first has %d months, %s..%s%n", prepared.data().series().size(), series.size(),
                series.dates().get(0), series.lastDate());

        out.println("== 2/5 train: LSTM forecaster, quick recipe, horizon " + HORIZON);
        ForecasterTrainingResult trained = new ForecasterTrainer(ForecasterConfig.quickRecipe(HORIZON), seed)
                .train(prepared.data(), RunDirectory.create(work.resolve("runs"), MODEL), false,
                        List.of(ProgressBarListener.toConsole()));
        ModelArtifact artifact = trained.export(repository, MODEL);
        out.printf("   exported %s version %d to %s%n", MODEL, artifact.manifest().version(), artifact.directory());

        try (InferenceServer server = ServeCommand.start(repository, 0)) {
            out.printf("== 3/5 serve: gRPC on localhost:%d (KServe v2, shopml.v1.ForecastService, health, reflection)%n",
                    server.port());
            ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
            try {
                compareWithActuals(channel, series);
                evaluate(repository, prepared);
                measureLatency(channel, prepared, trained.config().window());
            } finally {
                channel.shutdown().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
        out.println("== done: server stopped. Next: ./shopml train forecaster --help, ./shopml serve --repo "
                + work.resolve("models"));
        return 0;
    }

    /** The last {@code HORIZON} months forecast over gRPC from everything before them. */
    private void compareWithActuals(ManagedChannel channel, TimeSeries series) {
        int origin = series.size() - HORIZON;
        TimeSeries history = series.head(origin);
        ForecastRequest.Builder request = ForecastRequest.newBuilder().setModelName(MODEL).setHorizon(HORIZON);
        Arrays.stream(history.values()).forEach(request::addValues);
        history.dates().forEach(d -> request.addDates(d.toString()));
        ForecastResponse response = ForecastServiceGrpc.newBlockingStub(channel).forecast(request.build());

        ForecastResult naive = new SeasonalNaive().forecast(history, HORIZON);
        ForecastResult holtWinters = HoltWinters.auto().forecast(history, HORIZON);
        out.printf("== 4/5 query: ForecastService over gRPC, the last %d months from the %d before them%n", HORIZON,
                origin);
        out.printf("   %-10s %9s %9s %21s %9s %9s%n", "month", "actual", "LSTM", "90% interval", "s-naive", "H-W");
        double[] actual = Arrays.copyOfRange(series.values(), origin, series.size());
        double lstmError = 0;
        double naiveError = 0;
        double hwError = 0;
        for (int s = 0; s < HORIZON; s++) {
            ForecastStep step = response.getSteps(s);
            out.printf("   %-10s %9.0f %9.0f %10.0f..%-10.0f %9.0f %9.0f%n", step.getDate(), actual[s],
                    step.getForecast(), step.getLower(), step.getUpper(), naive.point()[s], holtWinters.point()[s]);
            lstmError += Math.abs(actual[s] - step.getForecast());
            naiveError += Math.abs(actual[s] - naive.point()[s]);
            hwError += Math.abs(actual[s] - holtWinters.point()[s]);
        }
        out.printf("   MAE over these %d months: LSTM %.0f, seasonal naive %.0f, Holt-Winters %.0f%n", HORIZON,
                lstmError / HORIZON, naiveError / HORIZON, hwError / HORIZON);
    }

    private void evaluate(ModelRepository repository, ForecastDataPreparation prepared) {
        ForecastEvaluation evaluation = EvaluateForecasterCommand.evaluate(repository, MODEL, null, prepared);
        out.printf("   rolling-origin evaluation on the last %d months (%d origins):%n", 2 * HORIZON, HORIZON + 1);
        evaluation.toTable().lines().forEach(line -> out.println("   " + line));
    }

    private void measureLatency(ManagedChannel channel, ForecastDataPreparation prepared, int window)
            throws InterruptedException {
        out.println("== 5/5 latency: KServe v2 ModelInfer, history FP32 [1, " + window + "], client-measured");
        ForecastInferRequests requests = new ForecastInferRequests(prepared.data().series(), MODEL, window, HORIZON);
        for (int concurrency : new int[] {1, 16}) {
            out.println("   " + new LoadGenerator(channel, requests)
                    .run(new LoadSettings(concurrency, 100, 1000, Duration.ofSeconds(30))).summary());
        }
    }

    private static void emptyFolder(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> paths = Files.walk(dir)) {
                    for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir, e);
        }
    }
}
