package io.shopml.serving.registry;

import io.shopml.models.artifact.ArtifactException;
import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.serving.errors.ModelNotFoundException;
import io.shopml.serving.errors.ModelNotReadyException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The models a server answers for: the latest version of every model in a repository, loaded once.
 * A version that cannot be loaded (checksum mismatch, no loader for its task and framework, a
 * loader error) is logged at ERROR and kept as a FAILED {@link ModelStatus} with the reason, while
 * every other model still serves. The registry owns the loaded models: {@link #close} frees them.
 *
 * <pre>{@code
 * try (ModelRegistry registry = ModelRegistry.load(new ModelRepository(root), ServableLoader.installed())) {
 *     ServableModel model = registry.get("sales-forecaster", "");   // "" = the served version
 * }
 * }</pre>
 */
public final class ModelRegistry implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModelRegistry.class);

    private final Map<String, ModelStatus> statuses;
    private final Map<String, ServableModel> models;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ModelRegistry(Map<String, ModelStatus> statuses, Map<String, ServableModel> models) {
        this.statuses = Collections.unmodifiableMap(statuses);
        this.models = Collections.unmodifiableMap(models);
    }

    /**
     * Loads the latest version of every model in {@code repository} with the first of
     * {@code loaders} that supports its manifest. Never fails because of one model.
     */
    public static ModelRegistry load(ModelRepository repository, List<ServableLoader> loaders) {
        Map<String, ModelStatus> statuses = new TreeMap<>();
        Map<String, ServableModel> models = new TreeMap<>();
        for (String name : repository.modelNames()) {
            OptionalInt latest = repository.latestVersion(name);
            if (latest.isEmpty()) {
                LOG.warn("model '{}' lost its last version folder while loading; nothing to serve", name);
                continue;
            }
            statuses.put(name, loadVersion(repository, name, latest.getAsInt(), loaders, models));
        }
        return new ModelRegistry(statuses, models);
    }

    /** Loads one version into {@code models}; its status says whether that worked, and why not. */
    private static ModelStatus loadVersion(ModelRepository repository, String name, int version,
                                           List<ServableLoader> loaders, Map<String, ServableModel> models) {
        try {
            ModelArtifact artifact = repository.open(name, version);
            Optional<ServableLoader> loader = loaders.stream()
                    .filter(candidate -> candidate.supports(artifact.manifest())).findFirst();
            if (loader.isEmpty()) {
                return failed(name, version, noLoader(artifact.manifest(), loaders), null);
            }
            ServableModel model = loader.get().load(artifact);
            models.put(name, model);
            LOG.info("model '{}' version {} is ready ({})", name, version, model.platform());
            return ModelStatus.ready(name, version);
        } catch (ArtifactException e) {
            return failed(name, version, e.getMessage(), null);
        } catch (RuntimeException | LinkageError e) {
            return failed(name, version, e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    /** Logs why a version is not served, with the stack trace of an unexpected {@code error}. */
    private static ModelStatus failed(String name, int version, String reason, Throwable error) {
        String message = "model '{}' version {} failed to load and is not served: {}";
        if (error == null) {
            LOG.error(message, name, version, reason);
        } else {
            LOG.error(message, name, version, reason, error);
        }
        return ModelStatus.failed(name, version, reason);
    }

    private static String noLoader(Manifest manifest, List<ServableLoader> loaders) {
        return "no loader for task '" + manifest.task() + "' on framework '" + manifest.framework()
                + "'; installed loaders: " + (loaders.isEmpty() ? "none"
                : loaders.stream().map(loader -> loader.getClass().getSimpleName()).collect(Collectors.joining(", ")));
    }

    /**
     * The loaded model {@code name}.
     *
     * @param version the version number as a string, or "" for the served version
     * @throws ModelNotFoundException when the registry has no such model or does not serve that
     *                                version; the message lists what it serves
     * @throws ModelNotReadyException when the model's version failed to load
     */
    public ServableModel get(String name, String version) {
        ModelStatus status = status(name, version);
        if (!status.isReady()) {
            throw new ModelNotReadyException("model '" + name + "' version " + status.version()
                    + " failed to load: " + status.reason());
        }
        return models.get(name);
    }

    /**
     * The status of model {@code name}.
     *
     * @param version the version number as a string, or "" for the served version
     * @throws ModelNotFoundException when the registry has no such model or does not serve that
     *                                version; the message lists what it serves
     */
    public ModelStatus status(String name, String version) {
        ModelStatus status = statuses.get(name);
        if (status == null) {
            throw new ModelNotFoundException("unknown model '" + name + "'; " + describeModels());
        }
        if (!version.isEmpty() && !version.equals(Integer.toString(status.version()))) {
            throw new ModelNotFoundException("model '" + name + "' has no version '" + version
                    + "' being served; it serves version " + status.version() + " (the latest)");
        }
        return status;
    }

    /** The status of every model, by name. */
    public List<ModelStatus> statuses() {
        return List.copyOf(statuses.values());
    }

    /** Whether the registry has at least one model and every model is READY. */
    public boolean allReady() {
        return !statuses.isEmpty() && statuses.values().stream().allMatch(ModelStatus::isReady);
    }

    /** Closes every loaded model, freeing native memory; a failure to close one is logged. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (ServableModel model : models.values()) {
            try {
                model.close();
            } catch (RuntimeException e) {
                LOG.warn("model '{}' version {} did not close cleanly", model.name(), model.version(), e);
            }
        }
    }

    private String describeModels() {
        if (statuses.isEmpty()) {
            return "the repository holds no models";
        }
        List<String> served = new ArrayList<>();
        for (ModelStatus status : statuses.values()) {
            served.add(status.name() + " (version " + status.version()
                    + (status.isReady() ? "" : ", FAILED") + ")");
        }
        return "served models: " + String.join(", ", served);
    }
}
