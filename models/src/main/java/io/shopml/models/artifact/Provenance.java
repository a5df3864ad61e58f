package io.shopml.models.artifact;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a model was made: enough to rerun its training and to explain a difference between two
 * models (another seed, another hyper-parameter, another library version, another device).
 *
 * <p>Trainers call {@link #capture} at the end of a run; the result is stored in the manifest as
 * plain JSON that can be diffed.
 *
 * @param seed the random seed of the run
 * @param hyperparameters every hyper-parameter of the run, defaults included
 * @param libraries library name to version, e.g. {@code deeplearning4j -> 1.0.0-M2.1}
 * @param java the {@code java.version} that ran the training
 * @param os the operating system and architecture, e.g. {@code Linux amd64}
 * @param device the device that trained, e.g. {@code cpu} or {@code cuda:0}
 * @param runId the training run's id, as in its metrics log
 */
public record Provenance(
        long seed,
        Map<String, Object> hyperparameters,
        Map<String, String> libraries,
        String java,
        String os,
        String device,
        String runId) {

    /** Keeps sorted, unmodifiable copies of the maps. */
    public Provenance {
        hyperparameters = hyperparameters == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(hyperparameters));
        libraries = libraries == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(libraries));
    }

    /**
     * The provenance of a run in this JVM: library versions found on the class path, this JVM's
     * {@code java.version}, {@code os.name} and {@code os.arch}.
     */
    public static Provenance capture(long seed, Map<String, Object> hyperparameters, String device, String runId) {
        return new Provenance(
                seed,
                hyperparameters,
                LibraryVersions.detect(),
                System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                device,
                runId);
    }
}
