package io.shopml.evaluation.recommend;

import io.shopml.evaluation.metrics.HeldOutRank;
import io.shopml.evaluation.metrics.RankingMetrics;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Baselines and metrics on a hand-made matrix whose answers are worked out by hand. */
class BaselinesTest {

    /** Users x items: u0 {0,1}, u1 {0,1,2}, u2 {2,3}. */
    private static final int[][] TRAIN = {{0, 1}, {0, 1, 2}, {2, 3}};

    @Test
    void popularity_countsUsersPerItem() {
        assertArrayEquals(new float[] {2, 2, 2, 1}, new PopularityScorer(TRAIN, 4).scores(0, new int[0], 0));
    }

    @Test
    void itemCosine_sumsCosineSimilaritiesToTheHistory() {
        // co(0,1)=2, n0=n1=2 -> 1; co(0,2)=1, n2=2 -> 0.5; co(0,3)=0; co(2,3)=1, n3=1 -> 1/sqrt(2).
        float[] fromItem0 = new ItemCosineScorer(TRAIN, 4).scores(0, new int[] {0}, 1);
        assertArrayEquals(new float[] {0, 1, 0.5f, 0}, fromItem0, 1e-6f);
        float[] fromItems02 = new ItemCosineScorer(TRAIN, 4).scores(0, new int[] {0, 2}, 2);
        assertEquals(1 + 0.5f, fromItems02[1], 1e-6f);
        assertEquals((float) (1 / Math.sqrt(2)), fromItems02[3], 1e-6f);
    }

    @Test
    void rankingMetrics_countTiesAgainstTheHeldOutItem() {
        assertEquals(0, HeldOutRank.rank(0.9f, new float[] {0.1f, 0.5f}));
        assertEquals(2, HeldOutRank.rank(0.5f, new float[] {0.5f, 0.7f, 0.1f}));
        assertEquals(1.0, HeldOutRank.ndcg(0, 10), 1e-12);
        assertEquals(1 / (Math.log(3) / Math.log(2)), HeldOutRank.ndcg(1, 10), 1e-12);
        assertEquals(0.0, HeldOutRank.hitRate(10, 10));
        assertEquals(RankingMetrics.ndcgAtK(new long[] {7, 8, 9}, java.util.Set.of(9L), 10), HeldOutRank.ndcg(2, 10), 1e-12);
    }
}
