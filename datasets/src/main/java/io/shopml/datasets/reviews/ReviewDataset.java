package io.shopml.datasets.reviews;

import java.util.List;
import java.util.TreeSet;

/**
 * Cleaned, labelled reviews read from one CSV file.
 *
 * @param source            where they came from (the file path)
 * @param sha256            hex sha256 of the file's bytes, for the model's data fingerprint
 * @param reviews           the reviews in file order, exact duplicates (same text and label) dropped
 * @param duplicatesDropped how many rows were exact duplicates of an earlier row
 * @param emptyDropped      how many rows had no text left after cleaning
 */
public record ReviewDataset(String source, String sha256, List<Review> reviews, int duplicatesDropped,
                            int emptyDropped) {

    public ReviewDataset {
        reviews = List.copyOf(reviews);
    }

    /** The distinct labels, sorted: the class order every model and metric uses. */
    public List<String> labels() {
        TreeSet<String> labels = new TreeSet<>();
        reviews.forEach(r -> labels.add(r.label()));
        return List.copyOf(labels);
    }

    /** The texts in order. */
    public List<String> texts() {
        return reviews.stream().map(Review::text).toList();
    }

    public int size() {
        return reviews.size();
    }
}
