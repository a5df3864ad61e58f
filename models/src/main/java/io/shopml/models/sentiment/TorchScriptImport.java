package io.shopml.models.sentiment;

import io.shopml.models.artifact.ArtifactException;
import io.shopml.models.artifact.DataFingerprint;
import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.artifact.Provenance;
import io.shopml.datasets.fingerprint.DatasetFingerprint;
import io.shopml.models.artifact.TensorSpec;
import io.shopml.models.artifact.VersionDraft;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Registers a user's TorchScript BERT classifier (for example a Hugging Face model exported with
 * {@code torch.jit.trace}) and its {@code tokenizer.json} as the next version of a model, so the
 * server and {@code shopml evaluate sentiment} treat it like a trained one. The TorchScript
 * module must take {@code (input_ids, attention_mask)}, INT64 [N, S], and return logits [N, C]
 * in the order of {@code labels}. The version is loaded once before it is committed, so a file
 * that DJL cannot run is refused with the reason instead of failing later in the server.
 *
 * <pre>{@code
 * ModelArtifact v = TorchScriptImport.importModel(repository, "review-sentiment",
 *         Path.of("model.pt"), Path.of("tokenizer.json"), List.of("great", "other"), 128);
 * }</pre>
 */
public final class TorchScriptImport {

    public static final String MODEL_FILE = "model.pt";

    private TorchScriptImport() {
    }

    public static ModelArtifact importModel(ModelRepository repository, String name, Path torchScript,
                                            Path tokenizer, List<String> labels, int maxLength) {
        requireFile(torchScript, "--torchscript");
        requireFile(tokenizer, "--tokenizer");
        SentimentPreprocessing preprocessing = new SentimentPreprocessing(labels, maxLength, TokenizerJson.FILE,
                MODEL_FILE, null, SentimentPreprocessing.INPUT_NAMES);
        try (VersionDraft draft = repository.newDraft(name)) {
            try {
                Files.copy(torchScript, draft.directory().resolve(MODEL_FILE));
                Files.copy(tokenizer, draft.directory().resolve(TokenizerJson.FILE));
            } catch (IOException e) {
                throw new ArtifactException(name, "draft", "cannot copy the imported files: " + e, e);
            }
            Manifest template = manifest(torchScript, preprocessing);
            checkItRuns(new ModelArtifact(draft.directory(), template.withName(name)), labels.size());
            return draft.commit(template);
        }
    }

    /** Loads the draft and classifies one text, so a model DJL cannot run never becomes a version. */
    private static void checkItRuns(ModelArtifact draft, int classes) {
        try (LoadedSentimentModel model = LoadedSentimentModel.load(draft)) {
            model.predict(List.of("a smoke test of the imported model"));
        } catch (RuntimeException e) {
            throw new ArtifactException(draft.manifest().name(), "draft",
                    "the TorchScript model does not run as a sentiment classifier with " + classes
                            + " labels taking (input_ids, attention_mask): " + e.getMessage()
                            + "; nothing was imported", e);
        }
    }

    private static Manifest manifest(Path torchScript, SentimentPreprocessing preprocessing) {
        List<String> labels = preprocessing.labels();
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("method", "imported: trained outside shopml");
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("source", torchScript.toAbsolutePath().toString());
        settings.put("labels", String.join(",", labels));
        settings.put("maxLength", preprocessing.maxLength());
        return new Manifest(Manifest.FORMAT_VERSION, null, 0, "sentiment", LoadedSentimentModel.FRAMEWORK_TORCHSCRIPT,
                    List.of(new TensorSpec("text", "BYTES", new long[] {-1})),
                    List.of(new TensorSpec("probabilities", "FP32", new long[] {-1, labels.size()}),
                            new TensorSpec("label", "BYTES", new long[] {-1})),
                    Manifest.toJson(preprocessing),
                    new DataFingerprint(torchScript.toAbsolutePath().toString(), DatasetFingerprint.sha256(torchScript),
                            0, split),
                    Map.of(), Provenance.capture(0, settings, "cpu", "import"), null, null);
    }

    private static void requireFile(Path file, String flag) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(flag + " " + file + " is not a file");
        }
    }
}
