package io.shopml.training.sentiment;

import io.shopml.datasets.reviews.Review;
import io.shopml.datasets.reviews.ReviewDataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The training file split into training and validation reviews, stratified by label and seeded:
 * each label keeps its share in both parts. The test file is never part of it.
 *
 * @param train      reviews the model learns from
 * @param validation reviews for early stopping
 * @param labels     the class order (sorted labels of the whole file)
 */
record ReviewSplit(List<Review> train, List<Review> validation, List<String> labels) {

    static ReviewSplit stratified(ReviewDataset data, double validationFraction, long seed) {
        List<String> labels = data.labels();
        List<Review> train = new ArrayList<>();
        List<Review> validation = new ArrayList<>();
        Random random = new Random(seed);
        for (String label : labels) {
            List<Review> ofLabel = new ArrayList<>(data.reviews().stream().filter(r -> r.label().equals(label)).toList());
            java.util.Collections.shuffle(ofLabel, random);
            int held = (int) Math.max(1, Math.round(ofLabel.size() * validationFraction));
            if (held >= ofLabel.size()) {
                throw new IllegalArgumentException("label '" + label + "' has only " + ofLabel.size()
                        + " review(s): every label needs at least 2 to hold one out for validation");
            }
            validation.addAll(ofLabel.subList(0, held));
            train.addAll(ofLabel.subList(held, ofLabel.size()));
        }
        return new ReviewSplit(train, validation, labels);
    }

    int[] classes(List<Review> reviews) {
        return reviews.stream().mapToInt(r -> labels.indexOf(r.label())).toArray();
    }

    static List<String> texts(List<Review> reviews) {
        return reviews.stream().map(Review::text).toList();
    }
}
