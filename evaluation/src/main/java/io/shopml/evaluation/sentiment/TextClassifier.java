package io.shopml.evaluation.sentiment;

import java.util.List;

/**
 * A model or baseline that scores texts against a fixed set of classes, so the evaluation can
 * put BERT and its baselines through the same test reviews and the same metrics.
 */
public interface TextClassifier {

    /** How the model is named in tables, e.g. {@code TF-IDF + logistic regression}. */
    String name();

    /** The classes, in the column order of {@link #probabilities}. */
    List<String> labels();

    /** Per text, a probability per class in {@link #labels()} order. */
    float[][] probabilities(List<String> texts);
}
