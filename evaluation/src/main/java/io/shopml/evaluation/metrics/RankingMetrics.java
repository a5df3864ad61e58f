package io.shopml.evaluation.metrics;

/**
 * Top-k ranking metrics for one held-out item per user. The rank is 0-based and pessimistic:
 * candidates that tie with the held-out item count as ranked above it, so a model that scores
 * everything equal earns nothing.
 *
 * <pre>{@code
 * int rank = RankingMetrics.rank(scores[heldOut], negativeScores);
 * double hit = RankingMetrics.hitRate(rank, 10), gain = RankingMetrics.ndcg(rank, 10);
 * }</pre>
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /** How many of {@code others} score at least {@code target}. */
    public static int rank(float target, float[] others) {
        int rank = 0;
        for (float s : others) {
            rank += s >= target ? 1 : 0;
        }
        return rank;
    }

    /** 1 when the item is in the top {@code k}, else 0 (HR@k; recall@k with one relevant item). */
    public static double hitRate(int rank, int k) {
        return rank < k ? 1 : 0;
    }

    /** NDCG@k with one relevant item: 1 / log2(rank + 2) inside the top k, else 0. */
    public static double ndcg(int rank, int k) {
        return rank < k ? 1 / (Math.log(rank + 2) / Math.log(2)) : 0;
    }
}
