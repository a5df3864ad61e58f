package io.shopml.cli;

import io.shopml.datasets.cleaning.CleaningReport;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.forecast.ForecasterConfig;
import io.shopml.training.forecast.ForecastDataPreparation;
import io.shopml.training.forecast.ForecasterTrainer;
import io.shopml.training.forecast.ForecasterTrainingResult;
import io.shopml.training.loop.ProgressBarListener;
import io.shopml.training.loop.RunDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code shopml train forecaster}: the DL4J LSTM sales forecaster. */
@Command(name = "forecaster", mixinStandardHelpOptions = true,
        description = "Train the LSTM sales forecaster (one global model over every series of the file).")
final class TrainForecasterCommand implements Callable<Integer> {

    @Mixin
    SalesDataOptions data = new SalesDataOptions();

    @Option(names = "--horizon", required = true, paramLabel = "H", description = "Periods to forecast.")
    int horizon;

    @Option(names = "--repo", required = true, paramLabel = "DIR", description = "Model repository to export into.")
    Path repo;

    @Option(names = "--name", defaultValue = "sales-forecaster", description = "Model name (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--quick", description = "The short recipe (1 x 32 units, at most 60 epochs) that quickstart uses.")
    boolean quick;

    @Option(names = "--epochs", paramLabel = "N", description = "Maximum epochs (default: the recipe's).")
    Integer epochs;

    @Option(names = "--window", paramLabel = "W", description = "Input window in periods (default: the recipe's, 24).")
    Integer window;

    @Option(names = "--layers", paramLabel = "N", description = "LSTM layers (default: the recipe's).")
    Integer layers;

    @Option(names = "--units", paramLabel = "N", description = "Units per LSTM layer (default: the recipe's).")
    Integer units;

    @Mixin
    RunOptions runs = new RunOptions();

    @Mixin
    DeviceOptions device = new DeviceOptions();

    @Override
    public Integer call() {
        PrintStream out = System.out;
        device.start(out);
        ForecasterConfig config = config();
        ForecastDataPreparation prepared = data.load();
        printCleaning(out, prepared.reports());

        RunDirectory run = runs.open(name, out);
        ForecasterTrainingResult result = new ForecasterTrainer(config, runs.seed)
                .train(prepared.data(), run, runs.resume, List.of(ProgressBarListener.toConsole()));
        ModelArtifact artifact = result.export(new ModelRepository(repo), name);
        out.printf("exported %s version %d to %s%n", name, artifact.manifest().version(), artifact.directory());
        printMetrics(out, result.metrics());
        return 0;
    }

    private ForecasterConfig config() {
        ForecasterConfig c = quick ? ForecasterConfig.quickRecipe(horizon) : ForecasterConfig.fullRecipe(horizon);
        if (epochs != null) {
            c = c.withEpochs(epochs);
        }
        if (window != null) {
            c = c.withWindow(window);
        }
        if (layers != null || units != null) {
            c = c.withArchitecture(layers != null ? layers : c.layers(), units != null ? units : c.units());
        }
        return c;
    }

    static void printCleaning(PrintStream out, List<CleaningReport> reports) {
        int shown = 0;
        for (CleaningReport report : reports) {
            if (shown++ < 5) {
                out.println("cleaning: " + report.summary());
            }
        }
        if (reports.size() > 5) {
            out.println("cleaning: ... and " + (reports.size() - 5) + " more series");
        }
    }

    static void printMetrics(PrintStream out, Map<String, Double> metrics) {
        metrics.forEach((k, v) -> out.printf("  %-30s %.4f%n", k, v));
    }
}
