package io.shopml.evaluation.recommend;

/** Baseline: every user gets the items by how many training users interacted with them. */
public final class PopularityScorer implements ItemScorer {

    private final float[] popularity;

    public PopularityScorer(int[][] train, int itemCount) {
        popularity = new float[itemCount];
        for (int[] s : train) {
            for (int item : s) {
                popularity[item]++;
            }
        }
    }

    @Override
    public float[] scores(int user, int[] history, int length) {
        return popularity.clone();
    }
}
