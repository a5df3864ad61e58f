package io.shopml.models.sentiment;

/**
 * The model's answer for one text.
 *
 * @param label         the most probable class
 * @param probabilities per class, in the model's label order
 * @param truncated     whether the text was longer than the model reads and was cut
 */
public record SentimentPrediction(String label, float[] probabilities, boolean truncated) {
}
