package io.shopml.serving.registry;

import io.shopml.models.artifact.ModelRepository;
import io.shopml.serving.batching.BatchScheduler;
import io.shopml.serving.batching.VersionRetiredException;
import io.shopml.serving.call.CallRecord;
import io.shopml.serving.errors.ModelNotFoundException;
import io.shopml.serving.errors.ModelNotReadyException;
import io.shopml.serving.metrics.ServingMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The models a server answers for, kept in step with a repository: per model the versions its
 * {@link VersionPolicy} selects (plus labelled ones) are verified, loaded and warmed up, then served
 * through their own {@link BatchScheduler}. {@link #refresh} (called by a poller and by the admin
 * API) loads new versions and retires old ones without a pause: requests keep going to the old
 * version until the new one is ready, and a version that fails to load (bad checksum, half-written
 * folder, wrong framework files) leaves what was serving untouched, its state and reason shown in
 * {@link #versionStatuses} and logged once. Unloading drains a version's queue, then closes it,
 * freeing native memory.
 *
 * <pre>{@code
 * try (ModelRegistry registry = ModelRegistry.load(new ModelRepository(root), ServableLoader.installed())) {
 *     ServableModel model = registry.get("sales-forecaster", "");   // "" = the default version
 *     registry.refresh();                                           // pick up new versions on disk
 * }
 * }</pre>
 */
public final class ModelRegistry implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModelRegistry.class);
    private static final int MAX_ROUTING_ATTEMPTS = 5;

    private final ModelRepository repository;
    private final VersionLoader loader;
    private final RegistryOptions options;
    private final Object lock = new Object();
    /** Guarded by {@link #lock}: the mutable state of every model. */
    private final Map<String, ModelState> models = new TreeMap<>();
    /** Guarded by {@link #lock}: models an operator unloaded; the poller leaves them alone. */
    private final Set<String> unloadedByAdmin = new HashSet<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** What requests are routed by: replaced whole after every change. */
    private volatile Map<String, ModelView> views = Map.of();

    private ModelRegistry(ModelRepository repository, List<ServableLoader> loaders, RegistryOptions options) {
        this.repository = repository;
        this.loader = new VersionLoader(repository, loaders);
        this.options = options;
    }

    /** Loads the latest version of every model with default options. Never fails because of one model. */
    public static ModelRegistry load(ModelRepository repository, List<ServableLoader> loaders) {
        return load(repository, loaders, RegistryOptions.standard());
    }

    /** Loads what {@code options} select of every model in {@code repository}. Never fails because of one model. */
    public static ModelRegistry load(ModelRepository repository, List<ServableLoader> loaders, RegistryOptions options) {
        ModelRegistry registry = new ModelRegistry(repository, loaders, options);
        registry.refresh();
        return registry;
    }

    /** The metrics this registry's queues and batchers report to; the server exposes the same. */
    public ServingMetrics metrics() {
        return options.metrics();
    }

    /** Runs {@code listener} after every change of what is served (health follows it). */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * Brings every model in line with the repository: loads the versions the policy selects that
     * are not loaded yet (a failed one is tried again only once its folder changed), and retires
     * versions no longer selected, unless a selected one failed, in which case nothing is retired.
     */
    public void refresh() {
        synchronized (lock) {
            if (closed.get()) {
                return;
            }
            Set<String> names = new TreeSet<>(repository.modelNames());
            names.addAll(models.keySet());
            for (String name : names) {
                if (!unloadedByAdmin.contains(name)) {
                    refreshModel(name);
                }
            }
        }
    }

    /**
     * Admin load: serves model {@code name} again (after an unload) and retries its failed versions
     * now, whether or not their folders changed.
     *
     * @return the state of each of its versions afterwards
     * @throws ModelNotFoundException when the repository has no such model
     */
    public List<ModelStatus> loadModel(String name) {
        synchronized (lock) {
            if (!repository.modelNames().contains(name)) {
                throw new ModelNotFoundException("the repository " + repository.root() + " has no model '" + name
                        + "'; models there: " + repository.modelNames());
            }
            unloadedByAdmin.remove(name);
            ModelState state = models.get(name);
            if (state != null) {
                state.failedSignatures.clear();
            }
            refreshModel(name);
        }
        return versionStatuses(name);
    }

    /**
     * Admin unload: stops serving every version of {@code name}, drains their queues and frees
     * them; the poller leaves the model alone until {@link #loadModel}.
     *
     * @throws ModelNotFoundException when the registry does not know the model
     */
    public List<ModelStatus> unloadModel(String name) {
        synchronized (lock) {
            ModelState state = models.get(name);
            if (state == null) {
                throw new ModelNotFoundException("unknown model '" + name + "'; " + describeModels());
            }
            unloadedByAdmin.add(name);
            List<ServedVersion> retiring = new ArrayList<>(state.served.values());
            state.served.clear();
            state.statuses.clear();
            state.failedSignatures.clear();
            publish();
            retiring.forEach(this::retire);
            LOG.info("model '{}' unloaded by the admin API", name);
        }
        return versionStatuses(name);
    }

    /** Guarded by {@link #lock}. */
    private void refreshModel(String name) {
        ModelOptions modelOptions = options.options(name);
        ModelState state = models.computeIfAbsent(name, ModelState::new);
        List<Integer> onDisk = repository.versions(name);
        Set<Integer> wanted = new TreeSet<>(modelOptions.policy().select(onDisk));
        modelOptions.labels().values().stream().filter(onDisk::contains).forEach(wanted::add);
        boolean anyFailed = false;
        for (int version : wanted) {
            if (state.served.containsKey(version)) {
                continue;
            }
            String signature = folderSignature(repository.versionDir(name, version));
            if (signature.equals(state.failedSignatures.get(version))) {
                anyFailed = true;
                continue;
            }
            state.statuses.put(version, ModelStatus.loading(name, version));
            publish();
            try {
                ServableModel model = loader.load(name, version);
                state.served.put(version, new ServedVersion(model,
                        new BatchScheduler(model, modelOptions.batching(), options.metrics())));
                state.statuses.put(version, ModelStatus.ready(name, version));
                state.failedSignatures.remove(version);
                LOG.info("model '{}' version {} is ready ({})", name, version, model.platform());
            } catch (VersionLoader.LoadFailure failure) {
                anyFailed = true;
                state.statuses.put(version, ModelStatus.failed(name, version, failure.getMessage()));
                state.failedSignatures.put(version, signature);
                logFailure(name, version, failure);
            }
            publish();
        }
        List<ServedVersion> retiring = new ArrayList<>();
        if (!anyFailed) {
            for (int version : new ArrayList<>(state.served.keySet())) {
                if (!wanted.contains(version)) {
                    retiring.add(state.served.remove(version));
                    state.statuses.remove(version);
                    LOG.info("model '{}' version {} is no longer selected by its policy; unloading it", name, version);
                }
            }
        } else if (state.served.keySet().stream().anyMatch(version -> !wanted.contains(version))) {
            LOG.warn("model '{}' keeps serving versions {} because a newer selected version failed to load", name,
                    state.served.keySet());
        }
        state.statuses.keySet().removeIf(version -> !wanted.contains(version) && !state.served.containsKey(version));
        state.failedSignatures.keySet().removeIf(version -> !wanted.contains(version));
        if (state.statuses.isEmpty() && onDisk.isEmpty()) {
            models.remove(name);
        }
        publish();
        retiring.forEach(this::retire);
    }

    private static void logFailure(String name, int version, VersionLoader.LoadFailure failure) {
        String message = "model '{}' version {} failed to load and is not served: {}";
        if (failure.getCause() == null) {
            LOG.error(message, name, version, failure.getMessage());
        } else {
            LOG.error(message, name, version, failure.getMessage(), failure.getCause());
        }
    }

    private void retire(ServedVersion served) {
        served.retire(options.drainTimeout(), options.closeDelay());
        LOG.info("model '{}' version {} unloaded", served.model().name(), served.model().version());
    }

    /** Guarded by {@link #lock}: rebuilds the routing views and tells the listeners. */
    private void publish() {
        Map<String, ModelView> next = new TreeMap<>();
        for (ModelState state : models.values()) {
            boolean unloaded = unloadedByAdmin.contains(state.name);
            next.put(state.name, new ModelView(state.name, new TreeMap<>(state.statuses), new TreeMap<>(state.served),
                    options.options(state.name).labels(), unloaded));
        }
        views = Collections.unmodifiableMap(next);
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("a registry listener failed", e);
            }
        }
    }

    /**
     * The model that answers {@code name} at {@code version}, for services that call it directly.
     * Prefer {@link #submit}, which queues and batches and never hands out a version being retired.
     *
     * @param version a version number, a label, or "" for the default version
     * @throws ModelNotFoundException when the model, version or label is unknown; the message lists
     *                                what is served
     * @throws ModelNotReadyException when that version failed to load, is loading or was unloaded
     * @throws io.shopml.serving.errors.PermissionDeniedException when the caller may not use the model
     */
    public ServableModel get(String name, String version) {
        return route(name, version).model();
    }

    /**
     * The served version that answers {@code name} at {@code version}; see {@link #get}. The call's
     * {@link CallRecord} is checked for permission and notes the model and version.
     */
    public ServedVersion route(String name, String version) {
        CallRecord.current().admit(name);
        ModelView view = views.get(name);
        if (view == null) {
            throw new ModelNotFoundException("unknown model '" + name + "'; " + describeModels());
        }
        ServedVersion served = view.served().get(view.resolve(version));
        CallRecord.current().served(name, served.model().version());
        return served;
    }

    /**
     * Validates {@code request} against the routed version's signature and queues it there; when
     * that version is retired in between, routes again.
     *
     * @throws io.shopml.serving.errors.InvalidInputException when the request does not fit the signature
     * @throws io.shopml.serving.errors.QueueFullException    when the version's queue is full
     */
    public Submission submit(String name, String version, InferenceRequest request) {
        return submit(name, version, model -> request);
    }

    /**
     * Like {@link #submit(String, String, InferenceRequest)}, for services that need the routed
     * version to build the request (its kind, window or preprocessing): routes once, builds the
     * request from that version, validates and queues it there.
     *
     * @param request builds the request for the routed version; throws
     *                {@link io.shopml.serving.errors.InvalidInputException} when the model cannot
     *                answer it (e.g. a model of another task)
     */
    public Submission submit(String name, String version, Function<ServableModel, InferenceRequest> request) {
        for (int attempt = 1; ; attempt++) {
            ServedVersion served = route(name, version);
            InferenceRequest built = request.apply(served.model());
            SignatureValidator.validate(served.model().manifest(), built);
            served.model().validate(built);
            try {
                return new Submission(served.model(), served.scheduler().submit(built));
            } catch (VersionRetiredException e) {
                if (attempt == MAX_ROUTING_ATTEMPTS) {
                    throw new ModelNotReadyException(e.getMessage() + "; no other version took over, retry later");
                }
            }
        }
    }

    /**
     * A queued request: the version that will answer it and its result.
     *
     * @param model  the version answering
     * @param result completes with its outputs, or with the error
     */
    public record Submission(ServableModel model, CompletableFuture<InferenceResult> result) {
    }

    /**
     * The status of model {@code name} at {@code version}: for "" the default version's, or why the
     * model has none.
     *
     * @throws ModelNotFoundException when the registry has no such model, version or label
     */
    public ModelStatus status(String name, String version) {
        ModelView view = views.get(name);
        if (view == null) {
            throw new ModelNotFoundException("unknown model '" + name + "'; " + describeModels());
        }
        return view.status(version);
    }

    /** One status per model, by name: its default version's, or why it has none. */
    public List<ModelStatus> statuses() {
        return views.values().stream().map(view -> view.status("")).toList();
    }

    /** The status of every version the registry knows, by model then version. */
    public List<ModelStatus> versionStatuses() {
        return views.values().stream().flatMap(view -> view.versionStatuses().stream()).toList();
    }

    /** The status of every version of model {@code name} the registry knows. */
    public List<ModelStatus> versionStatuses(String name) {
        ModelView view = views.get(name);
        return view == null ? List.of() : view.versionStatuses();
    }

    /** The labels of model {@code name}: label to version. */
    public Map<String, Integer> labels(String name) {
        return options.options(name).labels();
    }

    /** Whether some model of {@code task} (its manifest's task, e.g. "sentiment") serves a version now. */
    public boolean servesTask(String task) {
        return views.values().stream().flatMap(view -> view.served().values().stream())
                .anyMatch(served -> task.equals(served.model().manifest().task()));
    }

    /** Whether the registry has a model and every model not unloaded by an operator serves a version. */
    public boolean allReady() {
        Map<String, ModelView> current = views;
        return current.values().stream().anyMatch(view -> !view.unloaded())
                && current.values().stream().allMatch(view -> view.unloaded() || !view.served().isEmpty());
    }

    /** Retires every version (draining queues), freeing native memory; later calls do nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        synchronized (lock) {
            List<ServedVersion> all = models.values().stream().flatMap(state -> state.served.values().stream()).toList();
            models.clear();
            views = Map.of();
            for (ServedVersion served : all) {
                try {
                    served.scheduler().drain(options.drainTimeout());
                    served.model().close();
                } catch (RuntimeException e) {
                    LOG.warn("model '{}' version {} did not close cleanly", served.model().name(),
                            served.model().version(), e);
                }
            }
        }
    }

    private String describeModels() {
        Map<String, ModelView> current = views;
        if (current.isEmpty()) {
            return "the repository holds no models";
        }
        return "served models: " + current.values().stream().map(ModelView::describe).collect(Collectors.joining(", "));
    }

    /** Names, sizes and modification times of a version folder's files: changes when the folder does. */
    private static String folderSignature(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.sorted().map(file -> {
                try {
                    return folder.relativize(file) + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file);
                } catch (IOException e) {
                    return file + ":gone";
                }
            }).collect(Collectors.joining("|"));
        } catch (IOException | UncheckedIOException e) {
            return "unreadable:" + e.getMessage();
        }
    }

    /** The mutable state of one model, guarded by the registry's lock. */
    private static final class ModelState {
        final String name;
        final Map<Integer, ModelStatus> statuses = new TreeMap<>();
        final Map<Integer, ServedVersion> served = new TreeMap<>();
        final Map<Integer, String> failedSignatures = new HashMap<>();

        ModelState(String name) {
            this.name = name;
        }
    }
}
