package io.shopml.evaluation.sentiment;

import io.shopml.datasets.reviews.Review;

import java.util.List;

/** Class indices of reviews in a given label order; a label outside that order is an error naming it. */
final class LabelIndex {

    private LabelIndex() {
    }

    static int[] of(List<Review> reviews, List<String> labels) {
        int[] classes = new int[reviews.size()];
        for (int i = 0; i < classes.length; i++) {
            String label = reviews.get(i).label();
            classes[i] = labels.indexOf(label);
            if (classes[i] < 0) {
                throw new IllegalArgumentException("review " + i + " has label '" + label
                        + "', which the model does not know; expected one of " + labels);
            }
        }
        return classes;
    }
}
