package io.shopml.evaluation.metrics;

/**
 * Ranking metrics for the one-held-out-item protocol, from the item's rank among sampled
 * candidates without sorting them. The rank is 0-based and pessimistic: candidates that tie with
 * the held-out item count as ranked above it, so a model that scores everything equal earns
 * nothing. {@link #hitRate} and {@link #ndcg} equal {@link RankingMetrics#hitAtK} and
 * {@link RankingMetrics#ndcgAtK} for a ranking with the one relevant item at that rank.
 *
 * <pre>{@code
 * int rank = HeldOutRank.rank(scores[heldOut], negativeScores);
 * double hit = HeldOutRank.hitRate(rank, 10), gain = HeldOutRank.ndcg(rank, 10);
 * }</pre>
 */
public final class HeldOutRank {

    private HeldOutRank() {
    }

    /** How many of {@code others} score at least {@code target}. */
    public static int rank(float target, float[] others) {
        int rank = 0;
        for (float s : others) {
            rank += s >= target ? 1 : 0;
        }
        return rank;
    }

    /** 1 when the item is in the top {@code k}, else 0. */
    public static double hitRate(int rank, int k) {
        return rank < k ? 1 : 0;
    }

    /** NDCG@k with one relevant item: 1 / log2(rank + 2) inside the top k, else 0. */
    public static double ndcg(int rank, int k) {
        return rank < k ? 1 / (Math.log(rank + 2) / Math.log(2)) : 0;
    }
}
