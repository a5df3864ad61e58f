package io.shopml.evaluation.sentiment;

import io.shopml.evaluation.metrics.ClassificationMetrics;

/**
 * One classifier's result on the test reviews.
 *
 * @param model   the classifier's name
 * @param metrics accuracy, macro-F1, ROC-AUC and confusion matrix, in the evaluation's label order
 * @param seconds wall-clock seconds it took to classify every test review (fitting excluded)
 */
public record SentimentScore(String model, ClassificationMetrics metrics, double seconds) {
}
