package io.shopml.models.artifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

    @Test
    void capture_recordsTheRunAndThisJvm() {
        Provenance provenance = Provenance.capture(7, Map.of("epochs", 3), "cpu", "run-42");

        assertEquals(7, provenance.seed());
        assertEquals(Map.of("epochs", 3), provenance.hyperparameters());
        assertEquals("cpu", provenance.device());
        assertEquals("run-42", provenance.runId());
        assertEquals(System.getProperty("java.version"), provenance.java());
        assertEquals(System.getProperty("os.name") + " " + System.getProperty("os.arch"), provenance.os());
    }

    @Test
    void capture_findsLibraryVersions_fromJarPropertiesWhenTheManifestHasNone() {
        Map<String, String> libraries = Provenance.capture(7, Map.of(), "cpu", "run-42").libraries();

        assertTrue(libraries.containsKey("shopml"), libraries.toString());
        assertTrue(libraries.get("deeplearning4j").matches("\\d+\\.\\d+\\.\\d+.*"), libraries.toString());
        assertTrue(libraries.get("nd4j").matches("\\d+\\.\\d+\\.\\d+.*"), libraries.toString());
        assertTrue(libraries.get("jackson-databind").matches("\\d+\\.\\d+\\.\\d+.*"), libraries.toString());
    }

    @Test
    void capture_leavesOutLibrariesThatAreNotOnTheClassPath() {
        Map<String, String> libraries = Provenance.capture(7, Map.of(), "cpu", "run-42").libraries();

        // The models module has DJL's API but not its PyTorch engine (gpu-config brings that).
        assertTrue(libraries.containsKey("djl"), libraries.toString());
        assertTrue(!libraries.containsKey("djl-pytorch-engine"), libraries.toString());
    }
}
