package io.shopml.models.recommend;

/**
 * The answer for one history.
 *
 * @param items              original item ids, best first
 * @param scores             their Q-values (or popularity shares when {@code popularityFallback})
 * @param titles             their titles ("" when the catalogue has none)
 * @param unknownItems       ids of the history that the model does not know, skipped
 * @param popularityFallback whether no known item was left, so the most popular items were returned
 */
public record Recommendation(long[] items, float[] scores, String[] titles, long[] unknownItems,
                             boolean popularityFallback) {
}
