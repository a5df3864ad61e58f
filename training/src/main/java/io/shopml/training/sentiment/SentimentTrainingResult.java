package io.shopml.training.sentiment;

import io.shopml.datasets.reviews.ReviewDataset;
import io.shopml.models.artifact.DataFingerprint;
import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.artifact.Provenance;
import io.shopml.models.artifact.TensorSpec;
import io.shopml.models.artifact.VersionDraft;
import io.shopml.models.sentiment.BertArchitecture;
import io.shopml.models.sentiment.LoadedSentimentModel;
import io.shopml.models.sentiment.SentimentConfig;
import io.shopml.models.sentiment.SentimentPreprocessing;
import io.shopml.models.sentiment.TokenizerJson;
import io.shopml.training.loop.RunDirectory;
import io.shopml.training.loop.TrainingException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained sentiment classifier (best fine-tuning epoch) with everything its manifest records.
 *
 * @param weights        the best checkpoint's classifier weights
 * @param tokenizerFile  the run's {@code tokenizer.json}
 * @param architecture   the encoder's shape
 * @param labels         class names in output order
 * @param config         the hyper-parameters
 * @param seed           the run's seed
 * @param metrics        validation metrics and training speed
 * @param data           the training file as read
 * @param trainSize      reviews trained on
 * @param validationSize reviews held out for early stopping
 * @param run            the run folder
 */
public record SentimentTrainingResult(Path weights, Path tokenizerFile, BertArchitecture architecture,
                                      List<String> labels, SentimentConfig config, long seed,
                                      Map<String, Double> metrics, ReviewDataset data, int trainSize,
                                      int validationSize, RunDirectory run) {

    public static final String TASK = "sentiment";
    public static final String WEIGHTS_FILE = "model.params";

    /** Writes the model as the next version of {@code modelName}, atomically. */
    public ModelArtifact export(ModelRepository repository, String modelName) {
        try (VersionDraft draft = repository.newDraft(modelName)) {
            try {
                Files.copy(weights, draft.directory().resolve(WEIGHTS_FILE));
                Files.copy(tokenizerFile, draft.directory().resolve(TokenizerJson.FILE));
            } catch (IOException e) {
                throw new TrainingException("cannot copy the model into " + draft.directory() + ": " + e);
            }
            return draft.commit(manifest(modelName));
        }
    }

    /** The preprocessing a served version of this model carries. */
    public SentimentPreprocessing preprocessing() {
        return new SentimentPreprocessing(labels, config.maxLength(), TokenizerJson.FILE, WEIGHTS_FILE, architecture,
                SentimentPreprocessing.INPUT_NAMES);
    }

    private Manifest manifest(String modelName) {
        List<TensorSpec> inputs = List.of(new TensorSpec("text", "BYTES", new long[] {-1}));
        List<TensorSpec> outputs = List.of(
                new TensorSpec("probabilities", "FP32", new long[] {-1, labels.size()}),
                new TensorSpec("label", "BYTES", new long[] {-1}));
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("method", "stratified by label, seeded");
        split.put("train", trainSize);
        split.put("validation", validationSize);
        return new Manifest(Manifest.FORMAT_VERSION, modelName, 0, TASK, LoadedSentimentModel.FRAMEWORK_DJL, inputs,
                outputs, Manifest.toJson(preprocessing()),
                new DataFingerprint(data.source(), data.sha256(), data.size(), split), metrics,
                Provenance.capture(seed, config.asMap(), "cpu", run.path().getFileName().toString()), null, null);
    }
}
