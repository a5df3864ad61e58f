package io.shopml.datasets.interactions;

import java.util.Arrays;

/**
 * Each user's last interaction held out: {@code train} holds the rest, in time order. Applied
 * twice it gives train / validation / test: {@code LeaveLastOutSplit.of(LeaveLastOutSplit.of(data)
 * .train(), ...)}.
 *
 * <pre>{@code
 * LeaveLastOutSplit test = LeaveLastOutSplit.of(data.sequences(), data.ratings());
 * int heldOut = test.heldOut()[user];     // never in test.train()[user]
 * }</pre>
 *
 * @param train          per user, every item but the last, oldest first
 * @param trainRatings   their ratings
 * @param heldOut        per user, the last item
 * @param heldOutRatings its rating
 */
public record LeaveLastOutSplit(int[][] train, float[][] trainRatings, int[] heldOut, float[] heldOutRatings) {

    public static LeaveLastOutSplit of(int[][] sequences, float[][] ratings) {
        int users = sequences.length;
        int[][] train = new int[users][];
        float[][] trainRatings = new float[users][];
        int[] heldOut = new int[users];
        float[] heldOutRatings = new float[users];
        for (int u = 0; u < users; u++) {
            int n = sequences[u].length;
            if (n < 2) {
                throw new IllegalArgumentException("user index " + u + " has " + n
                        + " interactions; leaving the last out needs at least 2");
            }
            train[u] = Arrays.copyOf(sequences[u], n - 1);
            trainRatings[u] = Arrays.copyOf(ratings[u], n - 1);
            heldOut[u] = sequences[u][n - 1];
            heldOutRatings[u] = ratings[u][n - 1];
        }
        return new LeaveLastOutSplit(train, trainRatings, heldOut, heldOutRatings);
    }
}
