package io.shopml.models.artifact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A version folder written by hand in format 1 and committed: if a change to the manifest classes
 * breaks reading or writing what shopml has already exported, these tests say so.
 */
class FormatV1FixtureTest {

    private Path fixtureRepository;

    @BeforeEach
    void locateFixture() throws URISyntaxException {
        fixtureRepository = Path.of(getClass().getResource("/fixtures/format-v1").toURI());
    }

    @Test
    void theFormatV1Fixture_stillOpensAndVerifies_withEveryFieldAsWritten() {
        ModelRepository repository = new ModelRepository(fixtureRepository);

        ModelArtifact artifact = repository.openLatest("demo-model");

        Manifest manifest = artifact.manifest();
        assertEquals(List.of("demo-model"), repository.modelNames());
        assertEquals(1, manifest.formatVersion());
        assertEquals("demo-model", manifest.name());
        assertEquals(1, manifest.version());
        assertEquals("forecast", manifest.task());
        assertEquals("dl4j", manifest.framework());
        assertEquals(List.of(new TensorSpec("history", "FP32", new long[] {-1, 24})), manifest.inputs());
        assertEquals(List.of(new TensorSpec("forecast", "FP32", new long[] {-1, 6})), manifest.outputs());
        assertEquals(TestManifests.SCALING, manifest.preprocessing(TestManifests.Scaling.class));
        assertEquals(new DataFingerprint("data/sales.csv",
                "5f2b1c3e8a9d0f4b6c7e1a2d3f4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b", 1200,
                Map.of("train", 0.8, "validation", 0.2)), manifest.data());
        assertEquals(Map.of("mae", 12.5), manifest.metrics());
        assertEquals(new Provenance(42, Map.of("epochs", 30, "learningRate", 0.001),
                Map.of("deeplearning4j", "1.0.0-M2.1", "shopml", "0.1.0-SNAPSHOT"),
                "17.0.15", "Linux amd64", "cpu", "run-1"), manifest.provenance());
        assertEquals(Instant.parse("2025-01-31T12:00:00Z"), manifest.createdAt());
        assertEquals(Map.of("data/weights.txt", "99da73f8981fdef2afe869190a9805eefe4d41983a8c6fea5c519e6466a3c6e9"),
                manifest.files());
        assertEquals(fixtureRepository.resolve("demo-model/1/data/weights.txt"), artifact.file("data/weights.txt"));
    }

    @Test
    void writingTheFixtureManifestAgain_reproducesItCharacterForCharacter(@TempDir Path out) throws IOException {
        Path fixture = fixtureRepository.resolve("demo-model/1/manifest.json");
        Path rewritten = out.resolve("manifest.json");

        ManifestJson.write(ManifestJson.read(fixture), rewritten);

        assertEquals(Files.readString(fixture), Files.readString(rewritten));
    }
}
