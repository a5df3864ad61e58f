package io.shopml.evaluation.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into lower-case words for the bag-of-words baselines: runs of letters, digits and
 * apostrophes form a word ({@code don't} stays whole, as the lexicon writes it); each Chinese,
 * Japanese or Korean ideograph is a word of its own, since those scripts put no spaces between words.
 */
final class WordTokens {

    private WordTokens() {
    }

    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isIdeographic(cp)) {
                flush(word, words);
                words.add(new String(Character.toChars(cp)));
            } else if (Character.isLetterOrDigit(cp) || cp == '\'') {
                word.appendCodePoint(cp);
            } else {
                flush(word, words);
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        String w = trimApostrophes(word.toString());
        if (!w.isEmpty()) {
            words.add(w);
        }
        word.setLength(0);
    }

    private static String trimApostrophes(String w) {
        int from = 0;
        int to = w.length();
        while (from < to && w.charAt(from) == '\'') {
            from++;
        }
        while (to > from && w.charAt(to - 1) == '\'') {
            to--;
        }
        return w.substring(from, to);
    }
}
