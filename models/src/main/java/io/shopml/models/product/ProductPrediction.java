package io.shopml.models.product;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The model's answer for one image: class probabilities (softmax) and the product embedding.
 *
 * @param probabilities one per class, summing to 1
 * @param embedding     the penultimate layer, the vector similar-product search compares
 */
public record ProductPrediction(float[] probabilities, float[] embedding) {

    /** A category with its probability. */
    public record RankedClass(int label, float probability) {
    }

    /** The most probable class. */
    public int label() {
        int best = 0;
        for (int c = 1; c < probabilities.length; c++) {
            if (probabilities[c] > probabilities[best]) {
                best = c;
            }
        }
        return best;
    }

    /** The {@code k} most probable classes, most probable first (ties by label). */
    public List<RankedClass> top(int k) {
        List<RankedClass> all = new ArrayList<>(probabilities.length);
        for (int c = 0; c < probabilities.length; c++) {
            all.add(new RankedClass(c, probabilities[c]));
        }
        all.sort(Comparator.comparingDouble((RankedClass r) -> -r.probability()).thenComparingInt(RankedClass::label));
        return List.copyOf(all.subList(0, Math.min(k, all.size())));
    }
}
