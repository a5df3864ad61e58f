package io.shopml.serving.registry;

import io.shopml.serving.batching.BatchingOptions;
import java.util.Map;

/**
 * How the server treats one model: which versions it loads, the labels requests may name instead of
 * a version number (e.g. {@code stable}, {@code canary}), and its queue and batching. Requests that
 * name no version go to the version labelled {@value #STABLE} when there is one, else to the
 * highest loaded version.
 *
 * @param policy   which versions to load
 * @param labels   label to version number
 * @param batching queue and batching settings
 */
public record ModelOptions(VersionPolicy policy, Map<String, Integer> labels, BatchingOptions batching) {

    /** The label that unversioned requests follow when it is set. */
    public static final String STABLE = "stable";

    /** Latest version only, no labels, default batching. */
    public static final ModelOptions DEFAULT = new ModelOptions(VersionPolicy.latest(1), Map.of(), BatchingOptions.DEFAULT);

    /** Keeps an unmodifiable copy of the labels and refuses numeric label names. */
    public ModelOptions {
        labels = Map.copyOf(labels);
        for (String label : labels.keySet()) {
            if (label.isEmpty() || label.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("version label '" + label + "' must not be empty or a number"
                        + " (requests could not tell it from a version)");
            }
        }
    }
}
