package io.shopml.cli;

import io.grpc.ManagedChannel;
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
import io.shopml.training.forecast.ForecastDataPreparation;
import io.shopml.training.forecast.ForecasterTrainer;
import io.shopml.training.loop.ProgressBarListener;
import io.shopml.training.loop.RunDirectory;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The forecaster in quickstart: quick recipe on the bundled drinks sales; the last 12 months
 * forecast over gRPC next to actuals, seasonal naive and Holt-Winters; rolling-origin scores;
 * KServe latency at concurrency 1 and 16.
 */
final class ForecasterQuickstart implements QuickstartModel {

    private static final int HORIZON = 12;
    private static final String MODEL = "sales-forecaster";

    private final long seed;
    private final ForecastDataPreparation prepared;
    private int window;

    ForecasterQuickstart(long seed) {
        this.seed = seed;
        this.prepared = new SalesDataOptions().load();
    }

    @Override
    public String title() {
        return "forecaster (LSTM on DL4J, bundled US drinks sales, 309 months)";
    }

    @Override
    public void trainAndExport(ModelRepository repository, Path work, PrintStream out) {
        TrainForecasterCommand.printCleaning(out, prepared.reports());
        ForecasterConfig config = ForecasterConfig.quickRecipe(HORIZON);
        window = config.window();
        ModelArtifact artifact = new ForecasterTrainer(config, seed)
                .train(prepared.data(), RunDirectory.create(work.resolve("runs"), MODEL), false,
                        List.of(ProgressBarListener.toConsole()))
                .export(repository, MODEL);
        out.printf("   exported %s version %d to %s%n", MODEL, artifact.manifest().version(), artifact.directory());
    }

    @Override
    public void query(ManagedChannel channel, ModelRepository repository, PrintStream out) throws Exception {
        compareWithActuals(channel, prepared.data().series().get(0), out);
        ForecastEvaluation evaluation = EvaluateForecasterCommand.evaluate(repository, MODEL, null, prepared);
        out.printf("   rolling-origin evaluation on the last %d months (%d origins):%n", 2 * HORIZON, HORIZON + 1);
        evaluation.toTable().lines().forEach(line -> out.println("   " + line));

        out.println("   latency: KServe v2 ModelInfer, history FP32 [1, " + window + "], client-measured");
        ForecastInferRequests requests = new ForecastInferRequests(prepared.data().series(), MODEL, window, HORIZON);
        for (int concurrency : new int[] {1, 16}) {
            out.println("   " + new LoadGenerator(channel, requests)
                    .run(new LoadSettings(concurrency, 100, 1000, Duration.ofSeconds(30))).summary());
        }
    }

    /** The last {@code HORIZON} months forecast over gRPC from everything before them. */
    private static void compareWithActuals(ManagedChannel channel, TimeSeries series, PrintStream out) {
        int origin = series.size() - HORIZON;
        TimeSeries history = series.head(origin);
        ForecastRequest.Builder request = ForecastRequest.newBuilder().setModelName(MODEL).setHorizon(HORIZON);
        Arrays.stream(history.values()).forEach(request::addValues);
        history.dates().forEach(d -> request.addDates(d.toString()));
        ForecastResponse response = ForecastServiceGrpc.newBlockingStub(channel).forecast(request.build());

        ForecastResult naive = new SeasonalNaive().forecast(history, HORIZON);
        ForecastResult holtWinters = HoltWinters.auto().forecast(history, HORIZON);
        out.printf("   ForecastService over gRPC: the last %d months from the %d before them%n", HORIZON, origin);
        out.printf("   %-10s %9s %9s %21s %9s %9s%n", "month", "actual", "LSTM", "90% interval", "s-naive", "H-W");
        double[] actual = Arrays.copyOfRange(series.values(), origin, series.size());
        double[] errors = new double[3];
        for (int s = 0; s < HORIZON; s++) {
            ForecastStep step = response.getSteps(s);
            out.printf("   %-10s %9.0f %9.0f %10.0f..%-10.0f %9.0f %9.0f%n", step.getDate().substring(0, 7), actual[s],
                    step.getForecast(), step.getLower(), step.getUpper(), naive.point()[s], holtWinters.point()[s]);
            errors[0] += Math.abs(actual[s] - step.getForecast());
            errors[1] += Math.abs(actual[s] - naive.point()[s]);
            errors[2] += Math.abs(actual[s] - holtWinters.point()[s]);
        }
        out.printf("   MAE over these %d months: LSTM %.0f, seasonal naive %.0f, Holt-Winters %.0f%n", HORIZON,
                errors[0] / HORIZON, errors[1] / HORIZON, errors[2] / HORIZON);
    }
}
