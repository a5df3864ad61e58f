package io.shopml.evaluation.recommend;

/**
 * Baseline: item-based collaborative filtering (Sarwar et al., WWW 2001) with cosine similarity
 * of binary item-user vectors, {@code sim(i, j) = co(i, j) / sqrt(n_i n_j)}; a candidate scores
 * the sum of its similarities to every item of the history. The similarity matrix is dense
 * (items x items floats), fine for catalogues of a few thousand items.
 */
public final class ItemCosineScorer implements ItemScorer {

    private final float[][] similarity;

    public ItemCosineScorer(int[][] train, int itemCount) {
        similarity = new float[itemCount][itemCount];
        int[] counts = new int[itemCount];
        for (int[] s : train) {
            for (int i : s) {
                counts[i]++;
                for (int j : s) {
                    if (i != j) {
                        similarity[i][j]++;
                    }
                }
            }
        }
        for (int i = 0; i < itemCount; i++) {
            for (int j = 0; j < itemCount; j++) {
                if (similarity[i][j] > 0) {
                    similarity[i][j] /= (float) Math.sqrt((double) counts[i] * counts[j]);
                }
            }
        }
    }

    @Override
    public float[] scores(int user, int[] history, int length) {
        float[] scores = new float[similarity.length];
        for (int h = 0; h < length; h++) {
            float[] row = similarity[history[h]];
            for (int j = 0; j < scores.length; j++) {
                scores[j] += row[j];
            }
        }
        return scores;
    }
}
