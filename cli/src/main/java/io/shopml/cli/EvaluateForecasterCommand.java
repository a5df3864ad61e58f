package io.shopml.cli;

import io.shopml.evaluation.baselines.HoltWinters;
import io.shopml.evaluation.baselines.SeasonalNaive;
import io.shopml.evaluation.forecast.ForecastEvaluation;
import io.shopml.evaluation.forecast.LstmForecaster;
import io.shopml.evaluation.forecast.RollingOriginEvaluator;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.forecast.LoadedForecaster;
import io.shopml.training.forecast.ForecastDataPreparation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code shopml evaluate forecaster}: rolling-origin MASE / sMAPE / MAE / coverage against baselines. */
@Command(name = "forecaster", mixinStandardHelpOptions = true,
        description = "Score the forecaster and the seasonal-naive and Holt-Winters baselines on the last "
                + "2 x horizon periods of every series (rolling origin).")
final class EvaluateForecasterCommand implements Callable<Integer> {

    @Mixin
    SalesDataOptions data = new SalesDataOptions();

    @Option(names = "--repo", required = true, paramLabel = "DIR", description = "Model repository.")
    Path repo;

    @Option(names = "--name", defaultValue = "sales-forecaster", description = "Model name (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--version", paramLabel = "N", description = "Model version (default: the latest).")
    Integer version;

    @Option(names = "--json", paramLabel = "OUT.json", description = "Also write the results as JSON.")
    Path json;

    @Override
    public Integer call() {
        ForecastEvaluation evaluation = evaluate(new ModelRepository(repo), name, version, data.load());
        System.out.println(evaluation.toTable());
        if (json != null) {
            evaluation.writeJson(json);
            System.out.println("wrote " + json);
        }
        return 0;
    }

    static ForecastEvaluation evaluate(ModelRepository repository, String name, Integer version,
                                       ForecastDataPreparation prepared) {
        ModelArtifact artifact = version == null ? repository.openLatest(name) : repository.open(name, version);
        try (LoadedForecaster forecaster = LoadedForecaster.load(artifact)) {
            int horizon = forecaster.preprocessing().horizon();
            return new RollingOriginEvaluator().evaluate(prepared.data().series(), horizon, List.of(
                    new LstmForecaster(forecaster), new SeasonalNaive(), HoltWinters.auto()));
        }
    }
}
