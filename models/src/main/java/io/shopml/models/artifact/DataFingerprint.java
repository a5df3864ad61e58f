package io.shopml.models.artifact;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which data a model was trained on, precisely enough to tell whether two models saw the same data
 * and to reproduce the split.
 *
 * @param source where the data came from (a file path or a generator name)
 * @param sha256 hex sha256 of the data as read
 * @param records number of records (rows, images, reviews) after cleaning
 * @param split how the data was split, e.g. {@code {"train": 0.8, "validation": 0.2, "by": "date"}}
 */
public record DataFingerprint(String source, String sha256, long records, Map<String, Object> split) {

    /** Validates the fields and keeps a sorted, unmodifiable copy of the split. */
    public DataFingerprint {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("data fingerprint: source is missing or blank");
        }
        if (sha256 == null || sha256.isBlank()) {
            throw new IllegalArgumentException("data fingerprint of '" + source + "': sha256 is missing or blank");
        }
        if (records < 0) {
            throw new IllegalArgumentException("data fingerprint of '" + source + "': records is " + records
                    + ", expected a count >= 0");
        }
        split = split == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(split));
    }
}
