package io.shopml.models.artifact;

import static io.shopml.models.artifact.TestManifests.commitTwoFiles;
import static io.shopml.models.artifact.TestManifests.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelArtifactTest {

    @TempDir
    Path root;

    private ModelRepository repository;
    private Path version1;

    @BeforeEach
    void commitOneVersion() throws IOException {
        repository = new ModelRepository(root);
        version1 = commitTwoFiles(repository, "sales-forecaster").directory();
    }

    @Test
    void open_ofAFileWithOneByteChanged_isRefused_namingTheFile() throws IOException {
        Path labels = version1.resolve("vocab/labels.txt");
        byte[] bytes = Files.readAllBytes(labels);
        bytes[0] ^= 1;
        Files.write(labels, bytes);

        ArtifactException error = assertThrows(ArtifactException.class, () -> repository.open("sales-forecaster", 1));

        assertTrue(error.getMessage().startsWith("sales-forecaster/1: vocab/labels.txt checksum mismatch"),
                error.getMessage());
        assertTrue(error.getMessage().contains("modified or truncated"), error.getMessage());
    }

    @Test
    void open_ofATruncatedFile_isRefused_namingTheFile() throws IOException {
        try (FileChannel channel = FileChannel.open(version1.resolve("model.bin"), StandardOpenOption.WRITE)) {
            channel.truncate(3);
        }

        ArtifactException error = assertThrows(ArtifactException.class, () -> repository.open("sales-forecaster", 1));

        assertTrue(error.getMessage().startsWith("sales-forecaster/1: model.bin checksum mismatch"), error.getMessage());
        assertTrue(error.getMessage().contains("over 3 bytes"), error.getMessage());
    }

    @Test
    void open_ofADeletedFile_isRefused_namingTheFile() throws IOException {
        Files.delete(version1.resolve("vocab/labels.txt"));

        ArtifactException error = assertThrows(ArtifactException.class, () -> repository.open("sales-forecaster", 1));

        assertTrue(error.getMessage().startsWith(
                "sales-forecaster/1: vocab/labels.txt is listed in manifest.json but missing"), error.getMessage());
    }

    @Test
    void open_withoutManifest_isRefused_namingManifestJson() throws IOException {
        Files.delete(version1.resolve("manifest.json"));

        ArtifactException error = assertThrows(ArtifactException.class, () -> repository.open("sales-forecaster", 1));

        assertTrue(error.getMessage().startsWith("sales-forecaster/1: manifest.json is missing"), error.getMessage());
    }

    @Test
    void open_ofAManifestFromAFutureFormatVersion_isRefused() throws IOException {
        Path manifest = version1.resolve("manifest.json");
        String json = Files.readString(manifest);
        Files.writeString(manifest, json.replace("\"formatVersion\" : 1,", "\"formatVersion\" : 2,"));

        ArtifactException error = assertThrows(ArtifactException.class, () -> repository.open("sales-forecaster", 1));

        assertTrue(error.getMessage().startsWith("sales-forecaster/1: manifest.json has formatVersion 2"),
                error.getMessage());
        assertTrue(error.getMessage().contains("upgrade shopml"), error.getMessage());
    }

    @Test
    void open_ofAVersionFolderCopiedUnderAnotherNumber_isRefused() throws IOException {
        Path copy = Files.createDirectories(root.resolve("sales-forecaster/5/vocab"));
        for (String file : new String[] {"manifest.json", "model.bin", "vocab/labels.txt"}) {
            Files.copy(version1.resolve(file), copy.getParent().resolve(file));
        }

        ArtifactException error = assertThrows(ArtifactException.class, () -> repository.open("sales-forecaster", 5));

        assertTrue(error.getMessage().startsWith(
                "sales-forecaster/5: manifest.json describes sales-forecaster/1, not the folder it is in"),
                error.getMessage());
    }

    @Test
    void open_ignoresFilesThatTheManifestDoesNotList() throws IOException {
        write(version1.resolve("notes.txt"), "added by hand");
        write(version1.resolve("extra/readme.md"), "added by hand");

        ModelArtifact artifact = repository.open("sales-forecaster", 1);

        assertEquals(2, artifact.manifest().files().size());
    }

    @Test
    void open_ofAManifestListingAPathOutsideTheFolder_isRefused() throws IOException {
        Path manifest = version1.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"model.bin\"", "\"../../model.bin\""));

        ArtifactException error = assertThrows(ArtifactException.class, () -> repository.open("sales-forecaster", 1));

        assertTrue(error.getMessage().startsWith("sales-forecaster/1: '../../model.bin' is not a path inside"),
                error.getMessage());
    }

    @Test
    void file_resolvesInsideTheFolder_andRefusesPathsThatEscapeIt() {
        ModelArtifact artifact = repository.open("sales-forecaster", 1);

        assertEquals(version1.resolve("vocab").resolve("labels.txt"), artifact.file("vocab/labels.txt"));
        assertEquals(version1.resolve("model.bin"), artifact.file("vocab/../model.bin"));
        for (String escape : new String[] {"../2/model.bin", "/etc/passwd", "vocab/../..", "."}) {
            ArtifactException error = assertThrows(ArtifactException.class, () -> artifact.file(escape), escape);
            assertTrue(error.getMessage().contains("'" + escape + "' is not a path inside"), error.getMessage());
        }
    }

    @Test
    void verifyAndOpen_ofAFolderWithUnparsableManifest_namesLineAndColumn() throws IOException {
        Files.writeString(version1.resolve("manifest.json"), "{\n  \"formatVersion\" : 1,\n  \"name\" : oops\n}\n");

        ArtifactException error = assertThrows(ArtifactException.class, () -> ModelArtifact.verifyAndOpen(version1));

        assertTrue(error.getMessage().startsWith("sales-forecaster/1: manifest.json is not valid JSON at line 3"),
                error.getMessage());
    }
}
