package io.shopml.datasets.interactions;

/**
 * A cleaned interaction log: dense user and item indices, and per user the items in time order
 * with their ratings.
 *
 * @param source      where the log came from (file name)
 * @param sha256      fingerprint of the source file
 * @param users       user ids to dense indices
 * @param items       item ids to dense indices
 * @param sequences   per dense user, dense items oldest first (no item twice per user)
 * @param ratings     per dense user, the ratings parallel to {@code sequences}
 * @param maxRating   the largest rating in the cleaned log (rewards are scaled by it)
 */
public record InteractionData(String source, String sha256, IdMap users, IdMap items, int[][] sequences,
                              float[][] ratings, double maxRating) {

    /** Interactions in total. */
    public long interactions() {
        long n = 0;
        for (int[] s : sequences) {
            n += s.length;
        }
        return n;
    }

    /** Per item, how many users interacted with it. */
    public int[] itemCounts() {
        int[] counts = new int[items.size()];
        for (int[] s : sequences) {
            for (int item : s) {
                counts[item]++;
            }
        }
        return counts;
    }
}
