package io.shopml.evaluation.metrics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Classification measures for the sentiment and product models: confusion matrix, accuracy,
 * macro-F1 (every class counts the same, so a rare class is not hidden by a frequent one) and
 * ROC-AUC of a binary score. Classes are indices {@code 0..classes-1}.
 */
public final class ClassificationMetrics {

    private ClassificationMetrics() {
    }

    /** {@code matrix[actual][predicted]} counts. */
    public static long[][] confusionMatrix(int[] actual, int[] predicted, int classes) {
        requireSameLength(actual, predicted);
        if (classes < 1) {
            throw new IllegalArgumentException("classes must be at least 1, got " + classes);
        }
        long[][] matrix = new long[classes][classes];
        for (int i = 0; i < actual.length; i++) {
            requireClass("actual", i, actual[i], classes);
            requireClass("predicted", i, predicted[i], classes);
            matrix[actual[i]][predicted[i]]++;
        }
        return matrix;
    }

    /** Share (0 to 1) of predictions equal to the actual class. */
    public static double accuracy(int[] actual, int[] predicted) {
        requireSameLength(actual, predicted);
        long correct = IntStream.range(0, actual.length).filter(i -> actual[i] == predicted[i]).count();
        return (double) correct / actual.length;
    }

    /**
     * Unweighted mean over classes of {@code F1 = 2 TP / (2 TP + FP + FN)}, over the classes that
     * occur in {@code actual} or {@code predicted} (as scikit-learn's {@code f1_score(average='macro')}).
     */
    public static double macroF1(int[] actual, int[] predicted, int classes) {
        long[][] matrix = confusionMatrix(actual, predicted, classes);
        double sum = 0;
        int counted = 0;
        for (int c = 0; c < classes; c++) {
            long truePositive = matrix[c][c];
            long actualCount = Arrays.stream(matrix[c]).sum();
            long predictedCount = 0;
            for (long[] row : matrix) {
                predictedCount += row[c];
            }
            if (actualCount + predictedCount == 0) {
                continue;
            }
            sum += 2.0 * truePositive / (actualCount + predictedCount);
            counted++;
        }
        return sum / counted;
    }

    /**
     * Area under the ROC curve: the probability that a random positive scores above a random
     * negative, ties counting one half (Mann-Whitney U over average ranks).
     *
     * @throws IllegalArgumentException if the arrays differ in length or only one class is present
     */
    public static double rocAuc(boolean[] positive, double[] score) {
        if (positive.length != score.length) {
            throw new IllegalArgumentException("positive has " + positive.length + " values but score has "
                    + score.length);
        }
        Integer[] order = IntStream.range(0, score.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> score[i]));
        double positiveRankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && score[order[j + 1]] == score[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                if (positive[order[t]]) {
                    positiveRankSum += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = score.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("ROC-AUC needs both classes; got " + positives + " positives and "
                    + negatives + " negatives");
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    private static void requireSameLength(int[] actual, int[] predicted) {
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException("actual has " + actual.length + " labels but predicted has "
                    + predicted.length);
        }
        if (actual.length == 0) {
            throw new IllegalArgumentException("actual and predicted are empty: nothing to score");
        }
    }

    private static void requireClass(String field, int index, int label, int classes) {
        if (label < 0 || label >= classes) {
            throw new IllegalArgumentException(field + "[" + index + "] is " + label + ", expected a class in 0.."
                    + (classes - 1));
        }
    }
}
