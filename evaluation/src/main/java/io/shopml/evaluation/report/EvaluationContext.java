package io.shopml.evaluation.report;

import io.shopml.models.artifact.Manifest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where an evaluator finds what is not in the artifact: the training runs (for learning curves)
 * and, per task, a data file that replaces the bundled held-out data.
 *
 * @param runsRoot the folder training wrote its runs to, {@code runs/<model>/<run>/} below it
 * @param data     task to data path given on the command line; a task without one uses its bundled data
 */
public record EvaluationContext(Path runsRoot, Map<String, Path> data) {

    /** The default runs folder of {@code shopml train}. */
    public static final Path DEFAULT_RUNS = Path.of("runs");

    public EvaluationContext {
        data = Map.copyOf(data);
    }

    /** Bundled data for every task, runs under {@link #DEFAULT_RUNS}. */
    public static EvaluationContext defaults() {
        return new EvaluationContext(DEFAULT_RUNS, Map.of());
    }

    /** The data file given for {@code task}, if any. */
    public Optional<Path> dataFor(String task) {
        return Optional.ofNullable(data.get(task));
    }

    /**
     * The {@code metrics.jsonl} of the run that trained the model, when the manifest names its run
     * and that run is still on disk under {@link #runsRoot()}.
     */
    public Optional<Path> metricsLog(Manifest manifest) {
        if (manifest.provenance() == null || manifest.provenance().runId() == null) {
            return Optional.empty();
        }
        Path log = runsRoot.resolve(manifest.name()).resolve(manifest.provenance().runId()).resolve("metrics.jsonl");
        return Files.isRegularFile(log) ? Optional.of(log) : Optional.empty();
    }
}
