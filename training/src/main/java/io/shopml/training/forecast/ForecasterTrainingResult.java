package io.shopml.training.forecast;

import com.fasterxml.jackson.databind.JsonNode;
import io.shopml.gpuconfig.DeviceConfig;
import io.shopml.models.artifact.DataFingerprint;
import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.artifact.Provenance;
import io.shopml.models.artifact.TensorSpec;
import io.shopml.models.artifact.VersionDraft;
import io.shopml.models.forecast.ForecastPreprocessing;
import io.shopml.models.forecast.ForecasterConfig;
import io.shopml.models.forecast.ForecasterNetwork;
import io.shopml.training.loop.RunDirectory;
import io.shopml.training.loop.TrainingOutcome;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained forecaster (best epoch) with everything its manifest records.
 */
public record ForecasterTrainingResult(MultiLayerNetwork network, ForecastPreprocessing preprocessing,
                                       ForecasterConfig config, long seed, TrainingOutcome outcome,
                                       Map<String, Double> metrics, ForecastData data, RunDirectory run) {

    public static final String TASK = "forecast";
    public static final String FRAMEWORK = "dl4j";

    /** Writes the model as the next version of {@code modelName}, atomically. */
    public ModelArtifact export(ModelRepository repository, String modelName) {
        try (VersionDraft draft = repository.newDraft(modelName)) {
            ForecasterNetwork.save(network, draft.directory().resolve(ForecasterNetwork.MODEL_FILE));
            return draft.commit(manifest(modelName));
        }
    }

    private Manifest manifest(String modelName) {
        long window = config.window();
        long horizon = config.horizon();
        List<TensorSpec> inputs = List.of(new TensorSpec("history", "FP32", new long[] {-1, window}));
        List<TensorSpec> outputs = List.of(
                new TensorSpec("forecast", "FP32", new long[] {-1, horizon}),
                new TensorSpec("lower", "FP32", new long[] {-1, horizon}),
                new TensorSpec("upper", "FP32", new long[] {-1, horizon}));
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("method", "time-ordered per series: train | validation (the 2 x horizon periods before test) "
                + "| test (last 2 x horizon)");
        split.put("validationPeriods", 2 * config.horizon());
        split.put("testPeriods", 2 * config.horizon());
        split.put("series", data.series().size());
        JsonNode preprocessingJson = Manifest.toJson(preprocessing);
        Map<String, Object> hyperparameters = new LinkedHashMap<>(config.asMap());
        return new Manifest(Manifest.FORMAT_VERSION, modelName, 0, TASK, FRAMEWORK, inputs, outputs,
                preprocessingJson, new DataFingerprint(data.source(), data.sha256(), data.values(), split),
                metrics, Provenance.capture(seed, hyperparameters, DeviceConfig.current().device().toString(), run.path().getFileName().toString()),
                null, null);
    }
}
