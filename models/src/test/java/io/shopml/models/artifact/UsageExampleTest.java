package io.shopml.models.artifact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of the package documentation, compiled and run so that it cannot drift. */
class UsageExampleTest {

    @Test
    void thePackageExample_writesADraft_commitsIt_andOpensItVerified(@TempDir Path repo) throws IOException {
        TestManifests.Scaling scaling = TestManifests.SCALING;
        String sha256 = "ab".repeat(32);
        String runId = "run-1";
        byte[] weights = {1, 2, 3};

        ModelRepository repository = new ModelRepository(repo);
        Manifest template = new Manifest(Manifest.FORMAT_VERSION, null, 0, "forecast", "dl4j",
                List.of(new TensorSpec("history", "FP32", new long[] {-1, 24})),
                List.of(new TensorSpec("forecast", "FP32", new long[] {-1, 6})),
                Manifest.toJson(scaling),
                new DataFingerprint("data/sales.csv", sha256, 1200, Map.of("train", 0.8, "validation", 0.2)),
                Map.of("mae", 12.5),
                Provenance.capture(42, Map.of("epochs", 30), "cpu", runId),
                null, null);
        try (VersionDraft draft = repository.newDraft("sales-forecaster")) {
            Files.write(draft.directory().resolve("model.bin"), weights);
            ModelArtifact committed = draft.commit(template);   // sales-forecaster/1, 2, ...
            assertEquals(1, committed.manifest().version());
        }
        ModelArtifact latest = repository.openLatest("sales-forecaster");  // verified
        Path modelFile = latest.file("model.bin");

        assertArrayEquals(weights, Files.readAllBytes(modelFile));
        assertEquals(scaling, latest.manifest().preprocessing(TestManifests.Scaling.class));
    }
}
