package io.shopml.datasets.interactions;

/**
 * One logged interaction as the file has it: original ids, the rating (1 for implicit feedback
 * such as a click or a purchase) and the Unix time in seconds.
 */
public record RawInteraction(long userId, long itemId, double rating, long timestamp) {
}
