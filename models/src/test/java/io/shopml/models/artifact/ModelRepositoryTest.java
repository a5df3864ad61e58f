package io.shopml.models.artifact;

import static io.shopml.models.artifact.TestManifests.commitTwoFiles;
import static io.shopml.models.artifact.TestManifests.forecasterTemplate;
import static io.shopml.models.artifact.TestManifests.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRepositoryTest {

    @TempDir
    Path root;

    @Test
    void commit_thenOpen_returnsTheSameManifest_withEveryFileChecksummed() throws IOException {
        ModelRepository repository = new ModelRepository(root);
        ModelArtifact committed = commitTwoFiles(repository, "sales-forecaster");

        ModelArtifact opened = repository.open("sales-forecaster", 1);

        assertEquals(root.resolve("sales-forecaster/1"), opened.directory());
        assertEquals(committed.manifest(), opened.manifest());
        Manifest manifest = opened.manifest();
        assertEquals("sales-forecaster", manifest.name());
        assertEquals(1, manifest.version());
        assertNotNull(manifest.createdAt());
        assertEquals(forecasterTemplate().withName("sales-forecaster").withVersion(1)
                .withFiles(manifest.files()).withCreatedAt(manifest.createdAt()), manifest);
        assertEquals(Set.of("model.bin", "vocab/labels.txt"), manifest.files().keySet());
        assertEquals(Sha256.of(opened.file("vocab/labels.txt")), manifest.files().get("vocab/labels.txt"));
        assertEquals("weights of sales-forecaster", Files.readString(opened.file("model.bin")));
    }

    @Test
    void commit_keepsTheTemplatesCreationTime_whenItHasOne() throws IOException {
        ModelRepository repository = new ModelRepository(root);
        Instant trainedAt = Instant.parse("2025-03-01T08:30:00Z");
        try (VersionDraft draft = repository.newDraft("sales-forecaster")) {
            write(draft.directory().resolve("model.bin"), "w");
            draft.commit(forecasterTemplate().withCreatedAt(trainedAt));
        }

        assertEquals(trainedAt, repository.open("sales-forecaster", 1).manifest().createdAt());
    }

    @Test
    void commits_numberVersionsOneTwoThree_andLatestVersionFollows() throws IOException {
        ModelRepository repository = new ModelRepository(root);
        assertEquals(OptionalInt.empty(), repository.latestVersion("sales-forecaster"));

        for (int expected = 1; expected <= 3; expected++) {
            assertEquals(expected, commitTwoFiles(repository, "sales-forecaster").manifest().version());
            assertEquals(OptionalInt.of(expected), repository.latestVersion("sales-forecaster"));
        }

        assertEquals(List.of(1, 2, 3), repository.versions("sales-forecaster"));
        assertEquals(3, repository.openLatest("sales-forecaster").manifest().version());
    }

    @Test
    void draft_closedWithoutCommit_leavesNoVersionAndNoStagingResidue() throws IOException {
        ModelRepository repository = new ModelRepository(root);
        Path draftDirectory;
        try (VersionDraft draft = repository.newDraft("sales-forecaster")) {
            draftDirectory = draft.directory();
            write(draftDirectory.resolve("model.bin"), "half-written");
            write(draftDirectory.resolve("sub/part.bin"), "half-written");
        }

        assertFalse(Files.exists(draftDirectory));
        assertEquals(List.of(), repository.versions("sales-forecaster"));
        assertEquals(List.of(), repository.modelNames());
        try (Stream<Path> staged = Files.list(root.resolve(ModelRepository.STAGING_FOLDER))) {
            assertEquals(List.of(), staged.toList());
        }
    }

    @Test
    void draft_livesInsideTheRepository_andLeavesNoStagingResidueAfterCommit() throws IOException {
        ModelRepository repository = new ModelRepository(root);
        try (VersionDraft draft = repository.newDraft("sales-forecaster")) {
            assertTrue(draft.directory().startsWith(root.resolve(ModelRepository.STAGING_FOLDER)));
            write(draft.directory().resolve("model.bin"), "w");
            draft.commit(forecasterTemplate());
        }

        try (Stream<Path> staged = Files.list(root.resolve(ModelRepository.STAGING_FOLDER))) {
            assertEquals(List.of(), staged.toList());
        }
    }

    @Test
    void draft_cannotBeCommittedTwice() throws IOException {
        ModelRepository repository = new ModelRepository(root);
        try (VersionDraft draft = repository.newDraft("sales-forecaster")) {
            write(draft.directory().resolve("model.bin"), "w");
            draft.commit(forecasterTemplate());

            IllegalStateException error = assertThrows(IllegalStateException.class,
                    () -> draft.commit(forecasterTemplate()));
            assertTrue(error.getMessage().contains("already committed"), error.getMessage());
        }
    }

    @Test
    void commit_ofAnEmptyDraft_isRefused_andNothingIsPublished() {
        ModelRepository repository = new ModelRepository(root);
        try (VersionDraft draft = repository.newDraft("sales-forecaster")) {
            ArtifactException error = assertThrows(ArtifactException.class, () -> draft.commit(forecasterTemplate()));
            assertTrue(error.getMessage().startsWith("sales-forecaster/draft: "), error.getMessage());
            assertTrue(error.getMessage().contains("holds no file"), error.getMessage());
        }
        assertEquals(List.of(), repository.versions("sales-forecaster"));
    }

    @Test
    void commit_ofATemplateNamingAnotherModel_isRefused() throws IOException {
        ModelRepository repository = new ModelRepository(root);
        try (VersionDraft draft = repository.newDraft("sales-forecaster")) {
            write(draft.directory().resolve("model.bin"), "w");
            ArtifactException error = assertThrows(ArtifactException.class,
                    () -> draft.commit(forecasterTemplate().withName("review-sentiment")));
            assertTrue(error.getMessage().contains("'review-sentiment'"), error.getMessage());
        }
    }

    @Test
    void versionsAndModelNames_ignoreNonNumericHiddenAndStagingFolders() throws IOException {
        ModelRepository repository = new ModelRepository(root);
        commitTwoFiles(repository, "sales-forecaster");
        commitTwoFiles(repository, "review-sentiment");
        Files.createDirectories(root.resolve("sales-forecaster/latest"));
        Files.createDirectories(root.resolve("sales-forecaster/2.tmp"));
        Files.createDirectories(root.resolve("sales-forecaster/007"));
        Files.createDirectories(root.resolve("sales-forecaster/.3"));
        write(root.resolve("sales-forecaster/4"), "a file, not a folder");
        Files.createDirectories(root.resolve("notes/drafts"));
        Files.createDirectories(root.resolve(".hidden/1"));
        write(root.resolve("README.txt"), "not a model");
        try (VersionDraft pending = repository.newDraft("sales-forecaster")) {
            write(pending.directory().resolve("model.bin"), "staged, not committed");

            assertEquals(List.of(1), repository.versions("sales-forecaster"));
            assertEquals(List.of("review-sentiment", "sales-forecaster"), repository.modelNames());
        }
    }

    @Test
    void versions_ofAnUnknownModel_isEmpty_andRepositoryWithoutRootHasNoModels() {
        ModelRepository repository = new ModelRepository(root.resolve("not-created-yet"));

        assertEquals(List.of(), repository.versions("sales-forecaster"));
        assertEquals(List.of(), repository.modelNames());
    }

    @Test
    void open_ofAMissingVersion_namesTheVersionsThatExist() throws IOException {
        ModelRepository repository = new ModelRepository(root);
        commitTwoFiles(repository, "sales-forecaster");
        commitTwoFiles(repository, "sales-forecaster");

        ArtifactException error = assertThrows(ArtifactException.class, () -> repository.open("sales-forecaster", 7));

        assertTrue(error.getMessage().startsWith("sales-forecaster/7: no such version"), error.getMessage());
        assertTrue(error.getMessage().contains("available versions: [1, 2]"), error.getMessage());
        assertEquals("sales-forecaster", error.model());
        assertEquals("7", error.version());
    }

    @Test
    void openLatest_ofAModelWithoutVersions_saysSo() {
        ModelRepository repository = new ModelRepository(root);

        ArtifactException error = assertThrows(ArtifactException.class, () -> repository.openLatest("recommender"));

        assertTrue(error.getMessage().startsWith("recommender/latest: no version found"), error.getMessage());
    }

    @Test
    void newDraft_refusesNamesThatAreNotPlainFolderNames() {
        ModelRepository repository = new ModelRepository(root);

        for (String bad : List.of("", "../escape", ".staging", "two words", "a/b", "-dash-first")) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> repository.newDraft(bad), bad);
            assertTrue(error.getMessage().contains("'" + bad + "'"), error.getMessage());
        }
        assertFalse(Files.exists(root.resolve(ModelRepository.STAGING_FOLDER)));
    }

    @Test
    void concurrentDrafts_ofOneModel_allCommit_withDistinctVersions() throws Exception {
        ModelRepository repository = new ModelRepository(root);
        int writers = 6;
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> versions = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String content = "writer " + i;
                versions.add(pool.submit(() -> {
                    try (VersionDraft draft = repository.newDraft("sales-forecaster")) {
                        write(draft.directory().resolve("model.bin"), content);
                        start.await();
                        return draft.commit(forecasterTemplate()).manifest().version();
                    }
                }));
            }
            Set<Integer> committed = new TreeSet<>();
            for (Future<Integer> version : versions) {
                committed.add(version.get());
            }

            assertEquals(Set.of(1, 2, 3, 4, 5, 6), committed);
        } finally {
            pool.shutdownNow();
        }
        Set<String> contents = new TreeSet<>();
        for (int version : repository.versions("sales-forecaster")) {
            ModelArtifact artifact = repository.open("sales-forecaster", version);
            contents.add(Files.readString(artifact.file("model.bin")));
        }
        assertEquals(6, contents.size());
    }

    @Test
    void versionDir_pointsIntoTheModelFolder_evenBeforeTheVersionExists() {
        ModelRepository repository = new ModelRepository(root);

        assertEquals(root.resolve("sales-forecaster").resolve("12"), repository.versionDir("sales-forecaster", 12));
        assertThrows(IllegalArgumentException.class, () -> repository.versionDir("sales-forecaster", 0));
    }

    @Test
    void metricsAddedAfterEvaluation_travelWithTheCommit() throws IOException {
        ModelRepository repository = new ModelRepository(root);
        try (VersionDraft draft = repository.newDraft("sales-forecaster")) {
            write(draft.directory().resolve("model.bin"), "w");
            draft.commit(forecasterTemplate().withMetrics(Map.of("mape", 0.07)));
        }

        assertEquals(Map.of("mape", 0.07), repository.openLatest("sales-forecaster").manifest().metrics());
    }
}
