package io.shopml.serving.registry;

import io.shopml.serving.errors.ModelNotFoundException;
import io.shopml.serving.errors.ModelNotReadyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * An immutable picture of one model that requests are routed by: the state of each version, the
 * served ones, and the labels. Resolves what a request names ("" , a number, a label) to a served
 * version, or explains why none answers.
 */
record ModelView(String name, NavigableMap<Integer, ModelStatus> statuses, NavigableMap<Integer, ServedVersion> served,
                 Map<String, Integer> labels, boolean unloaded) {

    /**
     * The served version number that answers {@code requested}.
     *
     * @throws ModelNotFoundException for an unknown version or label
     * @throws ModelNotReadyException when that version (or, for "", every version) is not serving
     */
    int resolve(String requested) {
        int version = requestedVersion(requested);
        if (version == 0) {
            ModelStatus headline = status("");
            throw new ModelNotReadyException("model '" + name + "' version " + headline.version() + " "
                    + describeNotReady(headline));
        }
        if (!served.containsKey(version)) {
            ModelStatus known = statuses.get(version);
            if (known != null) {
                throw new ModelNotReadyException("model '" + name + "' version " + version + " " + describeNotReady(known));
            }
            throw new ModelNotFoundException("model '" + name + "' has no version '" + requested
                    + "' being served; it serves " + servedDescription());
        }
        return version;
    }

    /** The status for what a request names; for "" the default version's, or why the model has none. */
    ModelStatus status(String requested) {
        if (!requested.isEmpty()) {
            int version = requestedVersion(requested);
            ModelStatus known = statuses.get(version);
            if (known == null) {
                throw new ModelNotFoundException("model '" + name + "' has no version '" + requested
                        + "' being served; it serves " + servedDescription());
            }
            return known;
        }
        if (unloaded) {
            return ModelStatus.unloaded(name, 0, "unloaded through the admin API; load it to serve it again");
        }
        int version = defaultVersion();
        if (version != 0) {
            return statuses.get(version);
        }
        return statuses.isEmpty() ? ModelStatus.unloaded(name, 0, "no version selected by its policy")
                : statuses.lastEntry().getValue();
    }

    /** Every known version's status, ascending; an UNLOADED line for a model unloaded as a whole. */
    List<ModelStatus> versionStatuses() {
        if (unloaded && statuses.isEmpty()) {
            return List.of(status(""));
        }
        return new ArrayList<>(statuses.values());
    }

    /** For error messages: name, default version and whether it serves. */
    String describe() {
        ModelStatus headline = status("");
        return name + " (version " + headline.version() + (headline.isReady() ? "" : ", " + headline.state()) + ")";
    }

    /** 0 for "" when nothing serves; the number, or the label's number, otherwise. */
    private int requestedVersion(String requested) {
        if (requested.isEmpty()) {
            return defaultVersion();
        }
        if (requested.chars().allMatch(Character::isDigit)) {
            try {
                return Integer.parseInt(requested);
            } catch (NumberFormatException e) {
                throw new ModelNotFoundException("model '" + name + "' has no version '" + requested + "'");
            }
        }
        Integer labelled = labels.get(requested);
        if (labelled == null) {
            throw new ModelNotFoundException("model '" + name + "' has no version label '" + requested + "'; "
                    + (labels.isEmpty() ? "it has no labels" : "its labels: " + labels));
        }
        return labelled;
    }

    private int defaultVersion() {
        Integer stable = labels.get(ModelOptions.STABLE);
        if (stable != null && served.containsKey(stable)) {
            return stable;
        }
        return served.isEmpty() ? 0 : served.lastKey();
    }

    private String servedDescription() {
        if (served.isEmpty()) {
            return "no version";
        }
        return served.size() == 1 ? "version " + served.firstKey() : "versions " + served.keySet();
    }

    private static String describeNotReady(ModelStatus status) {
        return switch (status.state()) {
            case FAILED -> "failed to load: " + status.reason();
            case LOADING -> "is still loading; retry shortly";
            case UNLOADED -> "is not served: " + status.reason();
            case READY -> "is ready";
        };
    }
}
