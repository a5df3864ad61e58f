package io.shopml.evaluation.sentiment;

import io.shopml.datasets.BundledDatasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word list rated for valence, such as AFINN-165 ({@code term<TAB>score}, -5..+5; terms may be
 * short phrases like {@code can't stand}). Scores a text by matching the longest listed phrase at
 * each word, so {@code does not work} counts once and not as {@code work}.
 */
final class SentimentLexicon {

    private final Map<String, Integer> scores;
    private final int longestPhrase;

    private SentimentLexicon(Map<String, Integer> scores, int longestPhrase) {
        this.scores = scores;
        this.longestPhrase = longestPhrase;
    }

    /** The bundled AFINN-165 list. */
    static SentimentLexicon afinn() {
        return read(BundledDatasets.extract(BundledDatasets.AFINN_LEXICON));
    }

    static SentimentLexicon read(Path tsv) {
        Map<String, Integer> scores = new HashMap<>();
        int longest = 1;
        try {
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            for (int n = 0; n < lines.size(); n++) {
                String[] fields = lines.get(n).split("\t");
                if (fields.length != 2) {
                    throw new IllegalArgumentException(tsv + " line " + (n + 1) + ": expected term<TAB>score, got '"
                            + lines.get(n) + "'");
                }
                List<String> words = WordTokens.of(fields[0]);
                scores.put(String.join(" ", words), Integer.parseInt(fields[1].trim()));
                longest = Math.max(longest, words.size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentiment lexicon " + tsv + ": " + e.getMessage(), e);
        }
        return new SentimentLexicon(scores, longest);
    }

    /** Sums of the positive and of the (absolute) negative scores of the listed terms in {@code text}. */
    int[] positiveAndNegative(String text) {
        List<String> words = WordTokens.of(text);
        int positive = 0;
        int negative = 0;
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (int length = Math.min(longestPhrase, words.size() - i); length >= 1 && matched == 0; length--) {
                Integer score = scores.get(String.join(" ", words.subList(i, i + length)));
                if (score != null) {
                    positive += Math.max(score, 0);
                    negative += Math.max(-score, 0);
                    matched = length;
                }
            }
            i += Math.max(matched, 1);
        }
        return new int[] {positive, negative};
    }
}
