package io.shopml.evaluation.recommend;

import io.shopml.training.recommend.ImplicitAls;

/**
 * Baseline: matrix factorisation by implicit ALS (the same {@link ImplicitAls} that initialises
 * the DQN's embeddings); a history is folded in by one ALS user solve, so any history, not only a
 * training user's, gets scores.
 */
public final class AlsScorer implements ItemScorer {

    private final ImplicitAls.Factors factors;

    public AlsScorer(ImplicitAls.Factors factors) {
        this.factors = factors;
    }

    @Override
    public float[] scores(int user, int[] history, int length) {
        return factors.scores(factors.foldIn(java.util.Arrays.copyOf(history, length)));
    }
}
