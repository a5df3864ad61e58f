package io.shopml.evaluation.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RankingMetricsTest {

    private static final long[] RANKED = {5, 3, 9, 1};

    @Test
    void hitAtK_isOneOnlyWhenARelevantItemIsInTheTopK() {
        assertEquals(0, RankingMetrics.hitAtK(RANKED, Set.of(9L), 2));
        assertEquals(1, RankingMetrics.hitAtK(RANKED, Set.of(9L), 3));
    }

    @Test
    void precisionAtK_isHitsOverK() {
        assertEquals(1.0 / 3, RankingMetrics.precisionAtK(RANKED, Set.of(3L, 1L), 3), 1e-12);
        assertEquals(2.0 / 4, RankingMetrics.precisionAtK(RANKED, Set.of(3L, 1L), 4), 1e-12);
    }

    @Test
    void ndcgAtK_discountsByLogOfRank() {
        // one relevant item at rank 3: (1/log2 4) / 1
        assertEquals(0.5, RankingMetrics.ndcgAtK(RANKED, Set.of(9L), 3), 1e-12);
        // relevant at ranks 2 and 4: (1/log2 3 + 1/log2 5) / (1 + 1/log2 3) = 1.061606 / 1.630930
        assertEquals(0.650920, RankingMetrics.ndcgAtK(RANKED, Set.of(3L, 1L), 4), 1e-6);
        assertEquals(1.0, RankingMetrics.ndcgAtK(RANKED, Set.of(5L), 10), 1e-12);
    }

    @Test
    void means_averageOverQueries() {
        List<long[]> rankings = List.of(new long[] {5, 3, 9}, new long[] {9, 1});
        List<Set<Long>> relevant = List.of(Set.of(9L), Set.of(9L));
        assertEquals(0.5, RankingMetrics.meanHitRate(rankings, relevant, 2), 1e-12);
        assertEquals(0.25, RankingMetrics.meanPrecision(rankings, relevant, 2), 1e-12);
        assertEquals(0.75, RankingMetrics.meanNdcg(rankings, relevant, 3), 1e-12);
    }

    @Test
    void kBelowOne_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> RankingMetrics.hitAtK(RANKED, Set.of(1L), 0));
    }
}
