package io.shopml.evaluation.metrics;

import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;

/**
 * Top-k ranking measures for the recommender, with binary relevance: for each query (a user) a
 * ranked list of item ids and the set of relevant (held-out) items. The {@code mean...} forms
 * average over queries, as in the leave-one-out protocol of the published MovieLens results.
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /** 1 when a relevant item is among the first {@code k} of {@code ranked}, else 0. */
    public static double hitAtK(long[] ranked, Set<Long> relevant, int k) {
        requireK(k);
        for (int i = 0; i < Math.min(k, ranked.length); i++) {
            if (relevant.contains(ranked[i])) {
                return 1;
            }
        }
        return 0;
    }

    /** Relevant items among the first {@code k}, divided by {@code k}. */
    public static double precisionAtK(long[] ranked, Set<Long> relevant, int k) {
        requireK(k);
        int hits = 0;
        for (int i = 0; i < Math.min(k, ranked.length); i++) {
            if (relevant.contains(ranked[i])) {
                hits++;
            }
        }
        return (double) hits / k;
    }

    /**
     * Normalised discounted cumulative gain: {@code sum 1/log2(rank+1)} over relevant items in the
     * first {@code k} (rank from 1), divided by the same sum for an ideal ranking.
     */
    public static double ndcgAtK(long[] ranked, Set<Long> relevant, int k) {
        requireK(k);
        if (relevant.isEmpty()) {
            throw new IllegalArgumentException("NDCG is undefined without a relevant item");
        }
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.length); i++) {
            if (relevant.contains(ranked[i])) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevant.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return dcg / ideal;
    }

    /** Mean of {@link #hitAtK} over queries: HR@k. */
    public static double meanHitRate(List<long[]> rankings, List<Set<Long>> relevant, int k) {
        return mean(rankings, relevant, (r, rel) -> hitAtK(r, rel, k));
    }

    /** Mean of {@link #precisionAtK} over queries. */
    public static double meanPrecision(List<long[]> rankings, List<Set<Long>> relevant, int k) {
        return mean(rankings, relevant, (r, rel) -> precisionAtK(r, rel, k));
    }

    /** Mean of {@link #ndcgAtK} over queries. */
    public static double meanNdcg(List<long[]> rankings, List<Set<Long>> relevant, int k) {
        return mean(rankings, relevant, (r, rel) -> ndcgAtK(r, rel, k));
    }

    private static double mean(List<long[]> rankings, List<Set<Long>> relevant,
                               ToDoubleBiFunction<long[], Set<Long>> measure) {
        if (rankings.size() != relevant.size()) {
            throw new IllegalArgumentException("rankings has " + rankings.size() + " queries but relevant has "
                    + relevant.size());
        }
        if (rankings.isEmpty()) {
            throw new IllegalArgumentException("no query to score");
        }
        double sum = 0;
        for (int q = 0; q < rankings.size(); q++) {
            sum += measure.applyAsDouble(rankings.get(q), relevant.get(q));
        }
        return sum / rankings.size();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static void requireK(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
    }
}
