package io.shopml.models.artifact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Manifest templates and files for the artifact tests. */
final class TestManifests {

    /** A task's preprocessing parameters, as a trainer would store them. */
    record Scaling(double mean, double std, int window) {
    }

    static final Scaling SCALING = new Scaling(120.5, 33.25, 24);

    private TestManifests() {
    }

    /** A forecaster manifest as a trainer hands it to {@link VersionDraft#commit}. */
    static Manifest forecasterTemplate() {
        return new Manifest(
                Manifest.FORMAT_VERSION,
                null,
                0,
                "forecast",
                "dl4j",
                List.of(new TensorSpec("history", "FP32", new long[] {-1, 24})),
                List.of(new TensorSpec("forecast", "FP32", new long[] {-1, 6}),
                        new TensorSpec("lower", "FP32", new long[] {-1, 6}),
                        new TensorSpec("upper", "FP32", new long[] {-1, 6})),
                Manifest.toJson(SCALING),
                new DataFingerprint("data/sales.csv", "ab".repeat(32), 1200, Map.of("train", 0.8, "validation", 0.2)),
                Map.of("mae", 12.5, "rmse", 17.0),
                new Provenance(42, Map.of("epochs", 30, "learningRate", 0.001, "layers", List.of(64, 32)),
                        Map.of("deeplearning4j", "1.0.0-M2.1"), "17.0.15", "Linux amd64", "cpu", "run-7"),
                null,
                null);
    }

    static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** Commits a draft holding {@code model.bin} and {@code vocab/labels.txt}. */
    static ModelArtifact commitTwoFiles(ModelRepository repository, String model) throws IOException {
        try (VersionDraft draft = repository.newDraft(model)) {
            write(draft.directory().resolve("model.bin"), "weights of " + model);
            write(draft.directory().resolve("vocab/labels.txt"), "low\nhigh\n");
            return draft.commit(forecasterTemplate());
        }
    }
}
