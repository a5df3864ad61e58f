package io.shopml.serving.registry;

import io.shopml.models.artifact.ArtifactException;
import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.serving.errors.InvalidInputException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies, loads and warms up one version, or says why it cannot: the whole path from folder to a
 * model that may be marked ready. A warm-up request the model rejects as invalid input (its
 * synthetic values are not valid for it) is logged and skipped; any other warm-up failure fails the
 * version, since real requests would fail the same way.
 */
final class VersionLoader {

    private static final Logger LOG = LoggerFactory.getLogger(VersionLoader.class);

    private final ModelRepository repository;
    private final List<ServableLoader> loaders;

    VersionLoader(ModelRepository repository, List<ServableLoader> loaders) {
        this.repository = repository;
        this.loaders = List.copyOf(loaders);
    }

    /**
     * The loaded and warmed-up model.
     *
     * @throws LoadFailure with the reason, and the unexpected exception behind it if any
     */
    ServableModel load(String name, int version) {
        ServableModel model;
        try {
            ModelArtifact artifact = repository.open(name, version);
            Optional<ServableLoader> loader = loaders.stream()
                    .filter(candidate -> candidate.supports(artifact.manifest())).findFirst();
            if (loader.isEmpty()) {
                throw new LoadFailure(noLoader(artifact.manifest()), null);
            }
            model = loader.get().load(artifact);
        } catch (ArtifactException e) {
            throw new LoadFailure(e.getMessage(), null);
        } catch (RuntimeException | LinkageError e) {
            throw e instanceof LoadFailure failure ? failure : new LoadFailure(describe(e), e);
        }
        try {
            warmUp(model);
        } catch (RuntimeException | LinkageError e) {
            model.close();
            throw new LoadFailure("warm-up failed: " + describe(e), e);
        }
        return model;
    }

    private static void warmUp(ServableModel model) {
        for (InferenceRequest request : model.warmUpRequests()) {
            try {
                SignatureValidator.validate(model.manifest(), request);
                model.infer(request);
            } catch (InvalidInputException e) {
                LOG.warn("model '{}' version {} rejected a synthetic warm-up request ({}); override"
                        + " ServableModel.warmUpRequests to warm it up with valid values", model.name(), model.version(),
                        e.getMessage());
            }
        }
    }

    private String noLoader(Manifest manifest) {
        return "no loader for task '" + manifest.task() + "' on framework '" + manifest.framework()
                + "'; installed loaders: " + (loaders.isEmpty() ? "none"
                : loaders.stream().map(loader -> loader.getClass().getSimpleName()).collect(Collectors.joining(", ")));
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** Why a version could not be loaded; {@code getCause()} is set for unexpected errors. */
    static final class LoadFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LoadFailure(String reason, Throwable unexpected) {
            super(reason, unexpected);
        }
    }
}
