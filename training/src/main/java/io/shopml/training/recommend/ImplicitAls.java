package io.shopml.training.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Matrix factorisation for implicit feedback by alternating least squares (Hu, Koren and Volinsky,
 * "Collaborative Filtering for Implicit Feedback Datasets", ICDM 2008): every (user, item) cell is
 * a preference 1 (interacted) or 0, weighted by confidence {@code 1 + alpha * rating / maxRating}
 * where observed and 1 elsewhere, with L2 regularisation {@code lambda}. The DQN trainer uses the
 * item factors to initialise its embeddings; evaluation uses it as the MF baseline.
 *
 * <pre>{@code
 * ImplicitAls.Factors f = new ImplicitAls(32, 12, 0.1, 10, seed).fit(trainSequences, trainRatings, 5.0, items);
 * float[] user = f.foldIn(history);      // the ALS user solve for any history
 * }</pre>
 */
public final class ImplicitAls {

    private final int rank;
    private final int iterations;
    private final double lambda;
    private final double alpha;
    private final long seed;

    public ImplicitAls(int rank, int iterations, double lambda, double alpha, long seed) {
        this.rank = rank;
        this.iterations = iterations;
        this.lambda = lambda;
        this.alpha = alpha;
        this.seed = seed;
    }

    /** Fitted factors, able to compute the user vector of any history. */
    public final class Factors {
        private final double[][] users;
        private final double[][] items;
        private final double[][] itemGram;

        private Factors(double[][] users, double[][] items) {
            this.users = users;
            this.items = items;
            this.itemGram = gram(items);
        }

        /** Item factors as floats, [items][rank]. */
        public float[][] itemFactors() {
            return toFloat(items);
        }

        /** The fitted factor of training user {@code user}. */
        public double[] user(int user) {
            return users[user].clone();
        }

        /** The ALS user solve for a history of dense items with full confidence weights. */
        public double[] foldIn(int[] history) {
            float[] weights = new float[history.length];
            java.util.Arrays.fill(weights, 1f);
            return solve(history, weights, 1.0, items, itemGram);
        }

        /** Predicted preference of every item for user vector {@code user}. */
        public float[] scores(double[] user) {
            float[] scores = new float[items.length];
            for (int i = 0; i < items.length; i++) {
                double s = 0;
                for (int f = 0; f < rank; f++) {
                    s += user[f] * items[i][f];
                }
                scores[i] = (float) s;
            }
            return scores;
        }
    }

    /**
     * Fits factors to per-user item sequences.
     *
     * @param sequences per user, dense item indices
     * @param ratings   parallel ratings
     * @param maxRating the largest rating (confidence scale)
     * @param itemCount catalogue size
     */
    public Factors fit(int[][] sequences, float[][] ratings, double maxRating, int itemCount) {
        Random random = new Random(seed);
        double[][] users = new double[sequences.length][rank];
        double[][] items = new double[itemCount][rank];
        for (double[] row : items) {
            for (int f = 0; f < rank; f++) {
                row[f] = random.nextGaussian() * 0.1;
            }
        }
        int[][] itemUsers = new int[itemCount][];
        float[][] itemRatings = new float[itemCount][];
        transpose(sequences, ratings, itemCount, itemUsers, itemRatings);
        for (int it = 0; it < iterations; it++) {
            double[][] itemGram = gram(items);
            for (int u = 0; u < users.length; u++) {
                users[u] = solve(sequences[u], ratings[u], maxRating, items, itemGram);
            }
            double[][] userGram = gram(users);
            for (int i = 0; i < itemCount; i++) {
                items[i] = solve(itemUsers[i], itemRatings[i], maxRating, users, userGram);
            }
        }
        return new Factors(users, items);
    }

    private double[] solve(int[] observed, float[] ratings, double maxRating, double[][] other, double[][] otherGram) {
        double[][] a = new double[rank][rank];
        double[] b = new double[rank];
        for (int r = 0; r < rank; r++) {
            System.arraycopy(otherGram[r], 0, a[r], 0, rank);
            a[r][r] += lambda;
        }
        for (int n = 0; n < observed.length; n++) {
            double confidence = 1 + alpha * ratings[n] / maxRating;
            double[] y = other[observed[n]];
            for (int r = 0; r < rank; r++) {
                double cy = (confidence - 1) * y[r];
                for (int c = 0; c <= r; c++) {
                    a[r][c] += cy * y[c];
                }
                b[r] += confidence * y[r];
            }
        }
        return choleskySolve(a, b);
    }

    /** Solves A x = b for symmetric positive definite A given by its lower triangle. */
    static double[] choleskySolve(double[][] a, double[] b) {
        int n = b.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                l[i][j] = i == j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j][j];
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * y[k];
            }
            y[i] = sum / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) {
                sum -= l[k][i] * x[k];
            }
            x[i] = sum / l[i][i];
        }
        return x;
    }

    private double[][] gram(double[][] factors) {
        double[][] g = new double[rank][rank];
        for (double[] row : factors) {
            for (int r = 0; r < rank; r++) {
                for (int c = 0; c <= r; c++) {
                    g[r][c] += row[r] * row[c];
                }
            }
        }
        for (int r = 0; r < rank; r++) {
            for (int c = r + 1; c < rank; c++) {
                g[r][c] = g[c][r];
            }
        }
        return g;
    }

    private static void transpose(int[][] sequences, float[][] ratings, int itemCount, int[][] itemUsers,
                                  float[][] itemRatings) {
        List<List<int[]>> byItem = new ArrayList<>(itemCount);
        for (int i = 0; i < itemCount; i++) {
            byItem.add(new ArrayList<>());
        }
        for (int u = 0; u < sequences.length; u++) {
            for (int n = 0; n < sequences[u].length; n++) {
                byItem.get(sequences[u][n]).add(new int[] {u, Float.floatToIntBits(ratings[u][n])});
            }
        }
        for (int i = 0; i < itemCount; i++) {
            List<int[]> cells = byItem.get(i);
            itemUsers[i] = new int[cells.size()];
            itemRatings[i] = new float[cells.size()];
            for (int n = 0; n < cells.size(); n++) {
                itemUsers[i][n] = cells.get(n)[0];
                itemRatings[i][n] = Float.intBitsToFloat(cells.get(n)[1]);
            }
        }
    }

    private static float[][] toFloat(double[][] m) {
        float[][] out = new float[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = new float[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                out[i][j] = (float) m[i][j];
            }
        }
        return out;
    }
}
