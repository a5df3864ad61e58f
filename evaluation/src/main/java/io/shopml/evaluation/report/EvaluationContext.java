package io.shopml.evaluation.report;

import io.shopml.models.artifact.Manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

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

    private static final String METRICS_LOG = "metrics.jsonl";

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
     * and that run is still on disk: {@code <runsRoot>/<model>/<run>/metrics.jsonl}, or under another
     * model folder of {@code runsRoot} (the run was trained under another name).
     */
    public Optional<Path> metricsLog(Manifest manifest) {
        if (manifest.provenance() == null || manifest.provenance().runId() == null) {
            return Optional.empty();
        }
        String run = manifest.provenance().runId();
        Path log = runsRoot.resolve(manifest.name()).resolve(run).resolve(METRICS_LOG);
        if (Files.isRegularFile(log) || !Files.isDirectory(runsRoot)) {
            return Files.isRegularFile(log) ? Optional.of(log) : Optional.empty();
        }
        try (Stream<Path> models = Files.list(runsRoot)) {
            return models.map(model -> model.resolve(run).resolve(METRICS_LOG)).filter(Files::isRegularFile).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list runs in " + runsRoot + ": " + e.getMessage(), e);
        }
    }
}
