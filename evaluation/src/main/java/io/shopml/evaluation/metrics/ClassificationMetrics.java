package io.shopml.evaluation.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * Quality of a classifier on labelled examples: accuracy, macro-F1 (every class counts the
 * same, so a model cannot hide a weak minority class behind the majority), ROC-AUC (one class
 * against the rest, averaged over classes; for two classes the usual AUC) and the confusion
 * matrix.
 *
 * <pre>{@code
 * ClassificationMetrics m = ClassificationMetrics.of(List.of("great", "other"), actual, probabilities);
 * m.macroF1();  m.rocAuc();  m.confusion()[actual][predicted];  m.precision(0);  m.recall(0);
 * }</pre>
 *
 * @param labels    class names; indices below refer to this order
 * @param accuracy  share of examples whose most probable class is the actual one
 * @param macroF1   unweighted mean over classes of F1 (a class never predicted nor present scores 0)
 * @param rocAuc    mean over classes of the one-vs-rest ROC-AUC, ties counted as half
 * @param confusion {@code confusion[actual][predicted]} counts
 */
public record ClassificationMetrics(List<String> labels, double accuracy, double macroF1, double rocAuc,
                                    long[][] confusion) {

    /**
     * @param actual        per example, the index of its actual class
     * @param probabilities per example, a score per class (higher = more likely)
     */
    public static ClassificationMetrics of(List<String> labels, int[] actual, float[][] probabilities) {
        int classes = labels.size();
        if (actual.length != probabilities.length || actual.length == 0) {
            throw new IllegalArgumentException(actual.length + " actual classes for " + probabilities.length
                    + " predictions; need the same positive number");
        }
        long[][] confusion = new long[classes][classes];
        long correct = 0;
        for (int i = 0; i < actual.length; i++) {
            int predicted = argMax(probabilities[i]);
            confusion[actual[i]][predicted]++;
            correct += predicted == actual[i] ? 1 : 0;
        }
        double f1Sum = 0;
        double aucSum = 0;
        for (int c = 0; c < classes; c++) {
            long tp = confusion[c][c];
            long fp = 0;
            long fn = 0;
            for (int k = 0; k < classes; k++) {
                if (k != c) {
                    fp += confusion[k][c];
                    fn += confusion[c][k];
                }
            }
            f1Sum += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            aucSum += oneVsRestAuc(actual, probabilities, c);
        }
        return new ClassificationMetrics(List.copyOf(labels), correct / (double) actual.length, f1Sum / classes,
                aucSum / classes, confusion);
    }

    /** Of the examples predicted as class {@code c}, the share that are {@code c}; 0 when none is predicted. */
    public double precision(int c) {
        long predicted = 0;
        for (long[] row : confusion) {
            predicted += row[c];
        }
        return predicted == 0 ? 0 : confusion[c][c] / (double) predicted;
    }

    /** Of the examples of class {@code c}, the share predicted as {@code c}; 0 when the class is absent. */
    public double recall(int c) {
        long actualCount = Arrays.stream(confusion[c]).sum();
        return actualCount == 0 ? 0 : confusion[c][c] / (double) actualCount;
    }

    /** Mann-Whitney form: the chance that a random member of class c outscores a random non-member. */
    static double oneVsRestAuc(int[] actual, float[][] scores, int c) {
        Integer[] order = new Integer[actual.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Float.compare(scores[a][c], scores[b][c]));
        double rankSumPositive = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]][c] == scores[order[i]][c]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (actual[order[k]] == c) {
                    rankSumPositive += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = actual.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    private static int argMax(float[] row) {
        int best = 0;
        for (int c = 1; c < row.length; c++) {
            if (row[c] > row[best]) {
                best = c;
            }
        }
        return best;
    }
}
