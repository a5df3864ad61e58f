package io.shopml.serving.registry;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.serving.errors.ModelNotFoundException;
import io.shopml.serving.errors.ModelNotReadyException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRegistryTest {

    @TempDir
    Path root;

    private ModelRepository repository;
    private final ScaleLoader loader = new ScaleLoader();
    private ModelRegistry registry;

    @BeforeEach
    void createRepository() {
        repository = new ModelRepository(root);
    }

    @AfterEach
    void closeRegistry() {
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void load_servesTheLatestVersionOfEveryModel() throws IOException {
        TestRepositories.commitScaleModel(repository, "doubler", 2f);
        TestRepositories.commitScaleModel(repository, "doubler", 3f);
        TestRepositories.commitScaleModel(repository, "tripler", 3f);

        registry = ModelRegistry.load(repository, List.of(loader));

        assertEquals(List.of(new ModelStatus("doubler", 2, ModelStatus.State.READY, ""),
                new ModelStatus("tripler", 1, ModelStatus.State.READY, "")), registry.statuses());
        assertEquals(2, registry.get("doubler", "").version());
        assertSame(registry.get("doubler", ""), registry.get("doubler", "2"));
        assertTrue(registry.allReady());
    }

    @Test
    void load_tamperedLatestVersion_isFailedWithReasonNamingTheFile_whileOtherModelsServe() throws IOException {
        TestRepositories.commitScaleModel(repository, "good", 2f);
        ModelArtifact tampered = TestRepositories.commitScaleModel(repository, "corrupt", 2f);
        TestRepositories.tamper(tampered);

        registry = ModelRegistry.load(repository, List.of(loader));

        ModelStatus corrupt = registry.status("corrupt", "");
        assertAll(
                () -> assertEquals(ModelStatus.State.FAILED, corrupt.state()),
                () -> assertTrue(corrupt.reason().contains(TestRepositories.FACTOR_FILE + " checksum mismatch"),
                        corrupt.reason()),
                () -> assertTrue(registry.status("good", "").isReady()),
                () -> assertEquals("good", registry.get("good", "").name()),
                () -> assertFalse(registry.allReady()));
    }

    @Test
    void load_versionWithoutALoaderForItsFramework_isFailedWithReasonNamingTaskAndFramework() throws IOException {
        TestRepositories.commit(repository, "exotic", "onnx", 2f);

        registry = ModelRegistry.load(repository, List.of(loader));

        String reason = registry.status("exotic", "1").reason();
        assertTrue(reason.contains("no loader for task 'forecast' on framework 'onnx'"), reason);
        assertTrue(reason.contains("ScaleLoader"), reason);
    }

    @Test
    void load_loaderThatThrows_isFailedWithItsMessage() throws IOException {
        TestRepositories.commitScaleModel(repository, "broken", 2f);
        ServableLoader throwing = new ServableLoader() {
            @Override
            public boolean supports(Manifest manifest) {
                return true;
            }

            @Override
            public ServableModel load(ModelArtifact artifact) {
                throw new IllegalStateException("weights file is from an older network layout");
            }
        };

        registry = ModelRegistry.load(repository, List.of(throwing));

        assertEquals(new ModelStatus("broken", 1, ModelStatus.State.FAILED,
                "weights file is from an older network layout"), registry.status("broken", ""));
    }

    @Test
    void get_unknownModel_throwsNotFoundListingServedModels() throws IOException {
        TestRepositories.commitScaleModel(repository, "doubler", 2f);
        TestRepositories.tamper(TestRepositories.commitScaleModel(repository, "corrupt", 2f));
        registry = ModelRegistry.load(repository, List.of(loader));

        ModelNotFoundException error = assertThrows(ModelNotFoundException.class, () -> registry.get("nope", ""));

        assertEquals("unknown model 'nope'; served models: corrupt (version 1, FAILED), doubler (version 1)",
                error.getMessage());
    }

    @Test
    void get_versionNotServed_throwsNotFoundNamingTheServedVersion() throws IOException {
        TestRepositories.commitScaleModel(repository, "doubler", 2f);
        TestRepositories.commitScaleModel(repository, "doubler", 2f);
        registry = ModelRegistry.load(repository, List.of(loader));

        ModelNotFoundException error = assertThrows(ModelNotFoundException.class, () -> registry.get("doubler", "1"));

        assertEquals("model 'doubler' has no version '1' being served; it serves version 2",
                error.getMessage());
    }

    @Test
    void get_failedModel_throwsNotReadyWithTheReason() throws IOException {
        TestRepositories.tamper(TestRepositories.commitScaleModel(repository, "corrupt", 2f));
        registry = ModelRegistry.load(repository, List.of(loader));

        ModelNotReadyException error = assertThrows(ModelNotReadyException.class, () -> registry.get("corrupt", ""));

        assertTrue(error.getMessage().startsWith("model 'corrupt' version 1 failed to load: corrupt/1: factor.txt"),
                error.getMessage());
    }

    @Test
    void allReady_isFalseForAnEmptyRepository() {
        registry = ModelRegistry.load(repository, List.of(loader));

        assertFalse(registry.allReady());
        assertEquals(List.of(), registry.statuses());
    }

    @Test
    void close_closesEveryLoadedModelOnce() throws IOException {
        TestRepositories.commitScaleModel(repository, "a", 2f);
        TestRepositories.commitScaleModel(repository, "b", 2f);
        registry = ModelRegistry.load(repository, List.of(loader));

        registry.close();
        registry.close();

        assertEquals(2, loader.loaded().size());
        assertTrue(loader.loaded().stream().allMatch(ScaleModel::isClosed));
    }
}
