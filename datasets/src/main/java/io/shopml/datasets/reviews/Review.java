package io.shopml.datasets.reviews;

import java.util.Objects;

/**
 * One labelled review after cleaning.
 *
 * @param text  the cleaned text (no HTML, single spaces), never blank
 * @param label its class label as written in the data, e.g. {@code great}
 */
public record Review(String text, String label) {

    public Review {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
    }
}
