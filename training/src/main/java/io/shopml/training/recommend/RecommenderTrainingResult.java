package io.shopml.training.recommend;

import io.shopml.gpuconfig.DeviceConfig;
import io.shopml.models.artifact.DataFingerprint;
import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.artifact.Provenance;
import io.shopml.models.artifact.TensorSpec;
import io.shopml.models.artifact.VersionDraft;
import io.shopml.models.recommend.ItemCatalogue;
import io.shopml.models.recommend.QNetwork;
import io.shopml.models.recommend.RecommendPreprocessing;
import io.shopml.models.recommend.RecommenderConfig;
import io.shopml.training.loop.RunDirectory;
import io.shopml.training.loop.TrainingOutcome;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A trained recommender (best epoch) with everything its manifest records. */
public record RecommenderTrainingResult(MultiLayerNetwork network, RecommenderConfig config, long seed,
                                        TrainingOutcome outcome, Map<String, Double> metrics, RecommenderData data,
                                        RunDirectory run) {

    public static final String TASK = "recommend";
    public static final String FRAMEWORK = "dl4j";

    /**
     * Writes the model as the next version of {@code modelName}, atomically, with its catalogue
     * (ids, popularity over the training interactions, and titles from {@code titles} by original id,
     * which may be empty).
     */
    public ModelArtifact export(ModelRepository repository, String modelName, Map<Long, String> titles) {
        try (VersionDraft draft = repository.newDraft(modelName)) {
            QNetwork.save(network, draft.directory().resolve(QNetwork.MODEL_FILE));
            catalogue(titles).write(draft.directory().resolve(ItemCatalogue.FILE));
            return draft.commit(manifest(modelName));
        }
    }

    /** The catalogue with popularity counted over everything but the test items. */
    public ItemCatalogue catalogue(Map<Long, String> titles) {
        int[] counts = new int[data.itemCount()];
        for (int[] s : data.test().train()) {
            for (int item : s) {
                counts[item]++;
            }
        }
        return ItemCatalogue.of(data.interactions().items(), counts, titles);
    }

    private Manifest manifest(String modelName) {
        List<TensorSpec> inputs = List.of(new TensorSpec("history", "INT64", new long[] {-1, -1}));
        List<TensorSpec> outputs = List.of(
                new TensorSpec("items", "INT64", new long[] {-1, -1}),
                new TensorSpec("scores", "FP32", new long[] {-1, -1}));
        RecommendPreprocessing preprocessing = new RecommendPreprocessing(config.historyLength(), data.itemCount(),
                config.maxK(), RecommendPreprocessing.STATE_ENCODING);
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("method", "per user, time-ordered: last interaction = test (held out), the one before = validation "
                + "(early stopping), the rest = training");
        split.put("users", data.interactions().users().size());
        split.put("items", data.itemCount());
        split.put("minUserCount", config.minUserCount());
        split.put("minItemCount", config.minItemCount());
        return new Manifest(Manifest.FORMAT_VERSION, modelName, 0, TASK, FRAMEWORK, inputs, outputs,
                Manifest.toJson(preprocessing), new DataFingerprint(data.interactions().source(),
                data.interactions().sha256(), data.interactions().interactions(), split),
                metrics, Provenance.capture(seed, config.asMap(), DeviceConfig.current().device().toString(),
                        run.path().getFileName().toString()),
                null, null);
    }
}
