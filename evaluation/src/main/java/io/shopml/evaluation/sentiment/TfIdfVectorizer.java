package io.shopml.evaluation.sentiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns texts into TF-IDF vectors over the words and word pairs of the training texts: sublinear
 * term frequency {@code 1 + ln(tf)}, smoothed inverse document frequency
 * {@code ln((1 + n) / (1 + df)) + 1}, each vector scaled to unit L2 length. Terms seen in fewer than
 * {@link #MIN_DOCUMENT_FREQUENCY} training texts are dropped (mostly typos and names).
 */
final class TfIdfVectorizer {

    static final int MIN_DOCUMENT_FREQUENCY = 2;

    private final Map<String, Integer> vocabulary;
    private final float[] idf;

    private TfIdfVectorizer(Map<String, Integer> vocabulary, float[] idf) {
        this.vocabulary = vocabulary;
        this.idf = idf;
    }

    static TfIdfVectorizer fit(List<String> texts) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (String text : texts) {
            terms(text).keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
        }
        Map<String, Integer> vocabulary = new HashMap<>();
        List<Integer> kept = new ArrayList<>();
        new TreeMap<>(documentFrequency).forEach((term, df) -> {
            if (df >= MIN_DOCUMENT_FREQUENCY) {
                vocabulary.put(term, vocabulary.size());
                kept.add(df);
            }
        });
        float[] idf = new float[kept.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = (float) (Math.log((1.0 + texts.size()) / (1.0 + kept.get(i))) + 1);
        }
        return new TfIdfVectorizer(vocabulary, idf);
    }

    int dimension() {
        return idf.length;
    }

    SparseVector transform(String text) {
        TreeMap<Integer, Float> weights = new TreeMap<>();
        terms(text).forEach((term, count) -> {
            Integer index = vocabulary.get(term);
            if (index != null) {
                weights.put(index, (float) (1 + Math.log(count)) * idf[index]);
            }
        });
        double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
        int[] indices = new int[weights.size()];
        float[] values = new float[weights.size()];
        int k = 0;
        for (Map.Entry<Integer, Float> entry : weights.entrySet()) {
            indices[k] = entry.getKey();
            values[k++] = (float) (entry.getValue() / norm);
        }
        return new SparseVector(indices, values);
    }

    /** Word and word-pair counts of one text. */
    private static Map<String, Integer> terms(String text) {
        List<String> words = WordTokens.of(text);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            counts.merge(words.get(i), 1, Integer::sum);
            if (i > 0) {
                counts.merge(words.get(i - 1) + ' ' + words.get(i), 1, Integer::sum);
            }
        }
        return counts;
    }
}
