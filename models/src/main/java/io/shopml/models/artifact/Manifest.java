package io.shopml.models.artifact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The {@code manifest.json} of a model version: everything the server needs to load and check a
 * model (task, framework, signature, preprocessing) and everything a person needs to trust it (data
 * fingerprint, metrics, provenance, the sha256 of every file).
 *
 * <p>A trainer builds a template with {@code name} {@code null}, {@code version} 0, {@code createdAt}
 * and {@code files} {@code null}; {@link VersionDraft#commit} fills them in. Preprocessing is typed on
 * both sides through {@link #toJson} and {@link #preprocessing(Class)}:
 *
 * <pre>{@code
 * Manifest template = new Manifest(Manifest.FORMAT_VERSION, null, 0, "forecast", "dl4j",
 *         List.of(new TensorSpec("history", "FP32", new long[] {-1, 24})),
 *         List.of(new TensorSpec("forecast", "FP32", new long[] {-1, 6})),
 *         Manifest.toJson(scaling), data, Map.of("mae", 12.5), provenance, null, null);
 * ...
 * Scaling scaling = artifact.manifest().preprocessing(Scaling.class);
 * }</pre>
 *
 * @param formatVersion the version of this format, {@link #FORMAT_VERSION} when written by this code
 * @param name the model name, equal to its repository folder
 * @param version the version number, equal to its folder; 0 in a template
 * @param task one of {@code forecast}, {@code sentiment}, {@code product}, {@code recommend}
 * @param framework the framework whose files the version holds, e.g. {@code dl4j} or {@code djl-pytorch}
 * @param inputs the input tensors
 * @param outputs the output tensors
 * @param preprocessing the task's preprocessing parameters (scalers, window, vocabulary, labels)
 * @param data the training data fingerprint
 * @param metrics evaluation metrics by name
 * @param provenance how the model was made
 * @param createdAt when the version was committed
 * @param files relative path ('/'-separated) to hex sha256, for every file of the version but the manifest
 */
public record Manifest(
        int formatVersion,
        String name,
        int version,
        String task,
        String framework,
        List<TensorSpec> inputs,
        List<TensorSpec> outputs,
        JsonNode preprocessing,
        DataFingerprint data,
        Map<String, Double> metrics,
        Provenance provenance,
        Instant createdAt,
        SortedMap<String, String> files) {

    /** The format version this code writes, and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    /** The tasks a model can serve, one per model family. */
    public static final List<String> TASKS = List.of("forecast", "sentiment", "product", "recommend");

    /** Validates the fields and keeps unmodifiable copies of the collections. */
    public Manifest {
        if (formatVersion < 1 || formatVersion > FORMAT_VERSION) {
            throw new IllegalArgumentException("formatVersion is " + formatVersion
                    + ", expected 1.." + FORMAT_VERSION);
        }
        if (version < 0) {
            throw new IllegalArgumentException("version is " + version + ", expected >= 1 (0 in a template)");
        }
        if (!TASKS.contains(task)) {
            throw new IllegalArgumentException("task is '" + task + "', expected one of " + String.join("|", TASKS));
        }
        if (framework == null || framework.isBlank()) {
            throw new IllegalArgumentException("framework is missing or blank");
        }
        if (inputs == null || outputs == null) {
            throw new IllegalArgumentException("inputs and outputs are required, found inputs=" + inputs
                    + ", outputs=" + outputs);
        }
        if (data == null) {
            throw new IllegalArgumentException("data fingerprint is missing: a model is exported with the data it saw");
        }
        if (provenance == null) {
            throw new IllegalArgumentException("provenance is missing: a model is exported with how it was made");
        }
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        preprocessing = preprocessing == null ? NullNode.getInstance() : preprocessing.deepCopy();
        metrics = metrics == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(metrics));
        files = Collections.unmodifiableSortedMap(files == null ? new TreeMap<>() : new TreeMap<>(files));
    }

    /** Returns a copy: the manifest stays immutable. */
    @Override
    public JsonNode preprocessing() {
        return preprocessing.deepCopy();
    }

    /**
     * The preprocessing parameters as the task's own type, the inverse of {@link #toJson}.
     *
     * @throws ArtifactException if the manifest has no preprocessing, or it does not fit {@code type}
     */
    public <T> T preprocessing(Class<T> type) {
        if (preprocessing.isNull() || preprocessing.isMissingNode()) {
            throw new ArtifactException(name, Integer.toString(version),
                    "manifest.json has no preprocessing, expected a " + type.getSimpleName());
        }
        try {
            return ManifestJson.sharedMapper().convertValue(preprocessing, type);
        } catch (IllegalArgumentException mismatch) {
            throw new ArtifactException(name, Integer.toString(version),
                    "manifest.json preprocessing does not fit " + type.getSimpleName() + ": " + mismatch.getMessage(),
                    mismatch);
        }
    }

    /** The JSON form of a task's preprocessing parameters (a record or any Jackson-serialisable type). */
    public static JsonNode toJson(Object preprocessingRecord) {
        return ManifestJson.sharedMapper().valueToTree(preprocessingRecord);
    }

    /** This manifest under another model name. */
    public Manifest withName(String newName) {
        return new Manifest(formatVersion, newName, version, task, framework, inputs, outputs, preprocessing,
                data, metrics, provenance, createdAt, files);
    }

    /** This manifest with another version number. */
    public Manifest withVersion(int newVersion) {
        return new Manifest(formatVersion, name, newVersion, task, framework, inputs, outputs, preprocessing,
                data, metrics, provenance, createdAt, files);
    }

    /** This manifest with another file list. */
    public Manifest withFiles(SortedMap<String, String> newFiles) {
        return new Manifest(formatVersion, name, version, task, framework, inputs, outputs, preprocessing,
                data, metrics, provenance, createdAt, newFiles);
    }

    /** This manifest with another creation time. */
    public Manifest withCreatedAt(Instant newCreatedAt) {
        return new Manifest(formatVersion, name, version, task, framework, inputs, outputs, preprocessing,
                data, metrics, provenance, newCreatedAt, files);
    }

    /** This manifest with other metrics. */
    public Manifest withMetrics(Map<String, Double> newMetrics) {
        return new Manifest(formatVersion, name, version, task, framework, inputs, outputs, preprocessing,
                data, newMetrics, provenance, createdAt, files);
    }
}
