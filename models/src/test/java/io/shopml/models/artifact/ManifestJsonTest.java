package io.shopml.models.artifact;

import static io.shopml.models.artifact.TestManifests.forecasterTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestJsonTest {

    @TempDir
    Path root;

    private Manifest committedManifest() {
        return forecasterTemplate()
                .withName("sales-forecaster")
                .withVersion(3)
                .withCreatedAt(Instant.parse("2025-01-31T12:00:00.123Z"))
                .withFiles(new TreeMap<>(Map.of("model.zip", "12".repeat(32))));
    }

    private Path versionFolder() throws IOException {
        return Files.createDirectories(root.resolve("sales-forecaster/3"));
    }

    @Test
    void writeThenRead_returnsAnEqualManifest() throws IOException {
        Path file = versionFolder().resolve("manifest.json");
        Manifest manifest = committedManifest();

        ManifestJson.write(manifest, file);

        assertEquals(manifest, ManifestJson.read(file));
    }

    @Test
    void write_storesCamelCaseFields_isoInstants_sortedMapKeys_andUnixLineEnds() throws IOException {
        Path file = versionFolder().resolve("manifest.json");

        ManifestJson.write(committedManifest(), file);

        String json = Files.readString(file);
        assertTrue(json.contains("\"formatVersion\" : 1"), json);
        assertTrue(json.contains("\"createdAt\" : \"2025-01-31T12:00:00.123Z\""), json);
        assertTrue(json.contains("\"shape\" : [ -1, 24 ]"), json);
        assertTrue(json.indexOf("\"epochs\"") < json.indexOf("\"layers\"")
                && json.indexOf("\"layers\"") < json.indexOf("\"learningRate\""), json);
        assertTrue(json.endsWith("}\n") && !json.contains("\r"), json);
    }

    @Test
    void read_ignoresFieldsAddedByALaterWriter() throws IOException {
        Path file = versionFolder().resolve("manifest.json");
        ObjectNode tree = ManifestJson.mapper().valueToTree(committedManifest());
        tree.put("signatureOwner", "a later shopml");
        ((ObjectNode) tree.get("data")).put("license", "CC-BY-4.0");
        Files.write(file, ManifestJson.mapper().writeValueAsBytes(tree));

        assertEquals(committedManifest(), ManifestJson.read(file));
    }

    @Test
    void read_refusesANewerFormatVersion_namingTheFile() throws IOException {
        Path file = versionFolder().resolve("manifest.json");
        ObjectNode tree = ManifestJson.mapper().valueToTree(committedManifest());
        tree.put("formatVersion", Manifest.FORMAT_VERSION + 1);
        tree.put("task", "a task only the future knows");
        Files.write(file, ManifestJson.mapper().writeValueAsBytes(tree));

        ArtifactException error = assertThrows(ArtifactException.class, () -> ManifestJson.read(file));

        assertEquals("sales-forecaster/3: manifest.json has formatVersion " + (Manifest.FORMAT_VERSION + 1)
                + ", but this shopml reads formatVersion " + Manifest.FORMAT_VERSION
                + " at most: upgrade shopml to load this model version", error.getMessage());
    }

    @Test
    void read_ofAnUnknownTask_namesTheValueAndTheAllowedOnes() throws IOException {
        Path file = versionFolder().resolve("manifest.json");
        ObjectNode tree = ManifestJson.mapper().valueToTree(committedManifest());
        tree.put("task", "translate");
        Files.write(file, ManifestJson.mapper().writeValueAsBytes(tree));

        ArtifactException error = assertThrows(ArtifactException.class, () -> ManifestJson.read(file));

        assertEquals("sales-forecaster/3: manifest.json is not a valid manifest: task is 'translate',"
                + " expected one of forecast|sentiment|product|recommend", error.getMessage());
    }

    @Test
    void read_ofAMalformedInstant_saysWhatWasExpected() throws IOException {
        Path file = versionFolder().resolve("manifest.json");
        ObjectNode tree = ManifestJson.mapper().valueToTree(committedManifest());
        tree.put("createdAt", "yesterday");
        Files.write(file, ManifestJson.mapper().writeValueAsBytes(tree));

        ArtifactException error = assertThrows(ArtifactException.class, () -> ManifestJson.read(file));

        assertTrue(error.getMessage().contains("yesterday"), error.getMessage());
        assertTrue(error.getMessage().contains("ISO-8601"), error.getMessage());
    }

    @Test
    void read_withoutFormatVersion_isRefusedAsNotAManifest() throws IOException {
        Path file = versionFolder().resolve("manifest.json");
        Files.writeString(file, "{ \"name\" : \"sales-forecaster\" }");

        ArtifactException error = assertThrows(ArtifactException.class, () -> ManifestJson.read(file));

        assertTrue(error.getMessage().startsWith("sales-forecaster/3: manifest.json has no integer formatVersion"),
                error.getMessage());
    }

    @Test
    void preprocessing_comesBackAsTheTypeItWasStoredFrom() throws IOException {
        Path file = versionFolder().resolve("manifest.json");
        ManifestJson.write(committedManifest(), file);

        TestManifests.Scaling scaling = ManifestJson.read(file).preprocessing(TestManifests.Scaling.class);

        assertEquals(TestManifests.SCALING, scaling);
    }

    @Test
    void preprocessing_whenTheManifestHasNone_isAnErrorNamingTheModel() {
        Manifest withoutPreprocessing = new Manifest(1, "sales-forecaster", 3, "forecast", "dl4j",
                forecasterTemplate().inputs(), forecasterTemplate().outputs(), null, forecasterTemplate().data(),
                null, forecasterTemplate().provenance(), null, null);

        ArtifactException error = assertThrows(ArtifactException.class,
                () -> withoutPreprocessing.preprocessing(TestManifests.Scaling.class));

        assertEquals("sales-forecaster/3: manifest.json has no preprocessing, expected a Scaling", error.getMessage());
    }

    @Test
    void preprocessing_ofTheWrongShape_isAnErrorNamingTheType() {
        Manifest manifest = committedManifest();

        ArtifactException error = assertThrows(ArtifactException.class, () -> manifest.preprocessing(Integer.class));

        assertTrue(error.getMessage().startsWith("sales-forecaster/3: manifest.json preprocessing does not fit Integer"),
                error.getMessage());
    }

    @Test
    void manifest_refusesAMissingProvenance() {
        Manifest template = forecasterTemplate();

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new Manifest(1, null, 0, "forecast", "dl4j", template.inputs(), template.outputs(),
                        template.preprocessing(), template.data(), template.metrics(), null, null, null));

        assertTrue(error.getMessage().startsWith("provenance is missing"), error.getMessage());
    }
}
