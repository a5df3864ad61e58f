package io.shopml.serving.registry;

import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Loads {@link ScaleModel}s (framework {@value #FRAMEWORK}) and remembers them, so tests can see them closed. */
public final class ScaleLoader implements ServableLoader {

    public static final String FRAMEWORK = "test-scale";

    private final List<ScaleModel> loaded = Collections.synchronizedList(new ArrayList<>());

    @Override
    public boolean supports(Manifest manifest) {
        return FRAMEWORK.equals(manifest.framework());
    }

    @Override
    public ServableModel load(ModelArtifact artifact) {
        try {
            float factor = Float.parseFloat(Files.readString(artifact.file(TestRepositories.FACTOR_FILE)).trim());
            ScaleModel model = new ScaleModel(artifact.manifest(), factor);
            loaded.add(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every model this loader has loaded, in order. */
    public List<ScaleModel> loaded() {
        return List.copyOf(loaded);
    }
}
