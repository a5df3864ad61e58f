package io.shopml.evaluation.recommend;

/**
 * A recommender as the evaluation sees it: a score for every catalogue item given a user's
 * history (dense indices, oldest first). DQN and baselines are measured through this one view.
 */
@FunctionalInterface
public interface ItemScorer {

    float[] scores(int user, int[] history, int length);
}
