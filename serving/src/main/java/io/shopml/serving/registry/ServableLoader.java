package io.shopml.serving.registry;

import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Turns a verified model artifact into a {@link ServableModel}: one implementation per backend
 * and task, so adding one touches only its own module. Implementations register themselves in
 * {@code META-INF/services/io.shopml.serving.registry.ServableLoader} and need a public no-argument
 * constructor.
 */
public interface ServableLoader {

    /** Whether this loader can serve a version with this manifest (task, framework). */
    boolean supports(Manifest manifest);

    /**
     * Loads the model; the artifact's checksums have already been verified.
     *
     * @throws RuntimeException naming what is wrong when the files cannot be loaded
     */
    ServableModel load(ModelArtifact artifact);

    /** Every loader registered on the class path. */
    static List<ServableLoader> installed() {
        return ServiceLoader.load(ServableLoader.class).stream().map(ServiceLoader.Provider::get).toList();
    }
}
