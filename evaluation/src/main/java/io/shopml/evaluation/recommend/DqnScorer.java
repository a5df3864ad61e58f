package io.shopml.evaluation.recommend;

import io.shopml.models.recommend.LoadedRecommender;

import java.util.List;

/** The exported DQN through the same translator as serving: Q-values of the state of the history. */
public final class DqnScorer implements ItemScorer {

    private final LoadedRecommender recommender;

    public DqnScorer(LoadedRecommender recommender) {
        this.recommender = recommender;
    }

    @Override
    public float[] scores(int user, int[] history, int length) {
        return recommender.qValues(List.of(recommender.state(history, length)))[0];
    }
}
