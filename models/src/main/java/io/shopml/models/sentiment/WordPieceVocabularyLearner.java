package io.shopml.models.sentiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * Learns a WordPiece vocabulary from training text, the way the Hugging Face WordPiece trainer
 * does: start from single characters (word-initial {@code c} and continuation {@code ##c}) and
 * repeatedly merge the most frequent adjacent pair of pieces until the vocabulary is full or no
 * pair occurs {@code minFrequency} times. Piece ids follow the sorted words and ties go to the
 * pair of lower ids, so the result depends only on the text.
 *
 * <pre>{@code
 * List<String> vocab = new WordPieceVocabularyLearner(8000, 2).learn(trainingTexts);
 * TokenizerJson.write(vocab, 128, runDir.resolve("tokenizer.json"));
 * }</pre>
 *
 * <p>Merging only touches the words that contain the merged pair, and the best pair comes from a
 * priority queue with stale entries skipped, so a few thousand reviews learn in about a second.
 */
public final class WordPieceVocabularyLearner {

    /** The special tokens, always the first ids in this order. */
    public static final List<String> SPECIAL_TOKENS = List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]");

    private static final String CONTINUATION = "##";

    private final int vocabularySize;
    private final int minFrequency;

    /**
     * @param vocabularySize the most tokens to learn, special tokens included
     * @param minFrequency   the fewest occurrences a merged pair needs
     */
    public WordPieceVocabularyLearner(int vocabularySize, int minFrequency) {
        if (vocabularySize <= SPECIAL_TOKENS.size()) {
            throw new IllegalArgumentException("vocabulary size must exceed " + SPECIAL_TOKENS.size()
                    + " (the special tokens), got " + vocabularySize);
        }
        if (minFrequency < 1) {
            throw new IllegalArgumentException("minimum frequency must be at least 1, got " + minFrequency);
        }
        this.vocabularySize = vocabularySize;
        this.minFrequency = minFrequency;
    }

    /** The vocabulary in id order: special tokens, the character alphabet, then merged pieces. */
    public List<String> learn(List<String> texts) {
        Map<String, Integer> wordCounts = new TreeMap<>();
        for (String text : texts) {
            for (String word : BertTextSplitter.words(text)) {
                wordCounts.merge(word, 1, Integer::sum);
            }
        }
        LinkedHashSet<String> vocabulary = new LinkedHashSet<>(SPECIAL_TOKENS);
        List<String> pieces = new ArrayList<>();
        Map<String, Integer> pieceIds = new HashMap<>();
        List<int[]> words = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : wordCounts.entrySet()) {
            int[] codePoints = entry.getKey().codePoints().toArray();
            int[] symbols = new int[codePoints.length];
            for (int i = 0; i < codePoints.length; i++) {
                String piece = (i == 0 ? "" : CONTINUATION) + new String(Character.toChars(codePoints[i]));
                symbols[i] = pieceIds.computeIfAbsent(piece, p -> {
                    pieces.add(p);
                    return pieces.size() - 1;
                });
            }
            words.add(symbols);
            counts.add(entry.getValue());
        }
        pieces.stream().sorted().forEach(vocabulary::add);
        new Merger(pieces, pieceIds, words, counts).mergeInto(vocabulary);
        return List.copyOf(vocabulary);
    }

    /** The merge loop's state: words as piece ids, pair counts and where each pair occurs. */
    private final class Merger {
        private final List<String> pieces;
        private final Map<String, Integer> pieceIds;
        private final List<int[]> words;
        private final List<Integer> counts;
        private final Map<Long, Long> pairCounts = new HashMap<>();
        private final Map<Long, Set<Integer>> pairWords = new HashMap<>();
        private final PriorityQueue<long[]> queue = new PriorityQueue<>(this::compare);

        Merger(List<String> pieces, Map<String, Integer> pieceIds, List<int[]> words, List<Integer> counts) {
            this.pieces = pieces;
            this.pieceIds = pieceIds;
            this.words = words;
            this.counts = counts;
            for (int w = 0; w < words.size(); w++) {
                addPairs(w, 1);
            }
            pairCounts.forEach((pair, count) -> queue.add(new long[] {count, pair}));
        }

        void mergeInto(Set<String> vocabulary) {
            while (vocabulary.size() < vocabularySize && !queue.isEmpty()) {
                long[] top = queue.poll();
                long pair = top[1];
                long current = pairCounts.getOrDefault(pair, 0L);
                if (current != top[0]) {
                    continue;
                }
                if (current < minFrequency) {
                    break;
                }
                int left = (int) (pair >>> 32);
                int right = (int) pair;
                String merged = pieces.get(left) + pieces.get(right).substring(CONTINUATION.length());
                int mergedId = pieceIds.computeIfAbsent(merged, p -> {
                    pieces.add(p);
                    return pieces.size() - 1;
                });
                vocabulary.add(merged);
                for (int w : new ArrayList<>(pairWords.getOrDefault(pair, Set.of()))) {
                    addPairs(w, -1);
                    words.set(w, replace(words.get(w), left, right, mergedId));
                    addPairs(w, 1);
                }
                pairWords.remove(pair);
            }
        }

        private void addPairs(int w, int sign) {
            int[] symbols = words.get(w);
            long count = (long) sign * counts.get(w);
            Set<Long> touched = new HashSet<>();
            for (int i = 0; i + 1 < symbols.length; i++) {
                long pair = ((long) symbols[i] << 32) | (symbols[i + 1] & 0xFFFFFFFFL);
                long updated = pairCounts.merge(pair, count, Long::sum);
                touched.add(pair);
                if (sign > 0) {
                    pairWords.computeIfAbsent(pair, p -> new HashSet<>()).add(w);
                }
                if (updated <= 0) {
                    pairCounts.remove(pair);
                }
            }
            if (sign > 0) {
                touched.forEach(pair -> queue.add(new long[] {pairCounts.get(pair), pair}));
            } else {
                touched.forEach(pair -> {
                    Long c = pairCounts.get(pair);
                    if (c != null) {
                        queue.add(new long[] {c, pair});
                    }
                });
            }
        }

        private int compare(long[] a, long[] b) {
            if (a[0] != b[0]) {
                return Long.compare(b[0], a[0]);
            }
            return Long.compare(a[1], b[1]);
        }
    }

    private static int[] replace(int[] symbols, int left, int right, int merged) {
        int[] out = new int[symbols.length];
        int n = 0;
        for (int i = 0; i < symbols.length; i++) {
            if (i + 1 < symbols.length && symbols[i] == left && symbols[i + 1] == right) {
                out[n++] = merged;
                i++;
            } else {
                out[n++] = symbols[i];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
