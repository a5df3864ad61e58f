package io.shopml.serving.registry;

import io.shopml.models.artifact.DataFingerprint;
import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.artifact.Provenance;
import io.shopml.models.artifact.TensorSpec;
import io.shopml.models.artifact.VersionDraft;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/** Writes real model versions into a test's repository through the artifact API. */
public final class TestRepositories {

    /** The file in which a {@link ScaleModel} version stores its factor. */
    public static final String FACTOR_FILE = "factor.txt";

    private TestRepositories() {
    }

    /** Commits the next version of a {@link ScaleModel} named {@code name} with this factor. */
    public static ModelArtifact commitScaleModel(ModelRepository repository, String name, float factor)
            throws IOException {
        return commit(repository, name, ScaleLoader.FRAMEWORK, factor);
    }

    /** Commits the next version of model {@code name} for {@code framework}, holding a factor file. */
    public static ModelArtifact commit(ModelRepository repository, String name, String framework, float factor)
            throws IOException {
        try (VersionDraft draft = repository.newDraft(name)) {
            Files.writeString(draft.directory().resolve(FACTOR_FILE), Float.toString(factor));
            return draft.commit(scaleManifest(framework));
        }
    }

    /** Overwrites the factor file of a committed version, so its checksum no longer matches. */
    public static void tamper(ModelArtifact artifact) throws IOException {
        Files.writeString(artifact.file(FACTOR_FILE), "1000");
    }

    private static Manifest scaleManifest(String framework) {
        return new Manifest(
                Manifest.FORMAT_VERSION,
                null,
                0,
                "forecast",
                framework,
                List.of(new TensorSpec("x", "FP32", new long[] {-1, 3})),
                List.of(new TensorSpec("y", "FP32", new long[] {-1, 3}), new TensorSpec("sum", "FP32", new long[] {-1})),
                null,
                new DataFingerprint("generated:scale-test", "00".repeat(32), 0, Map.of()),
                Map.of(),
                new Provenance(1, Map.of(), Map.of(), "17", "test", "cpu", "test-run"),
                null,
                null);
    }
}
