package io.shopml.models.sentiment;

import io.shopml.datasets.BundledDatasets;
import io.shopml.datasets.reviews.ReviewCsvReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Vocabulary learnt from the real reviews (plus a few Chinese ones), loaded by DJL's native tokenizer. */
class ReviewTokenizerTest {

    @TempDir
    static Path dir;

    private static List<String> vocabulary;
    private static Path tokenizerFile;

    @BeforeAll
    static void learn() {
        List<String> texts = new ArrayList<>(new ReviewCsvReader()
                .read(BundledDatasets.extract(BundledDatasets.REVIEWS_TRAIN)).texts().subList(0, 800));
        texts.addAll(List.of("这个茶很好喝，我很喜欢。", "味道不好，不会再买了。", "很好喝的咖啡"));
        vocabulary = new WordPieceVocabularyLearner(2000, 2).learn(texts);
        tokenizerFile = dir.resolve(TokenizerJson.FILE);
        TokenizerJson.write(vocabulary, 32, tokenizerFile);
    }

    @Test
    void learn_startsWithSpecialTokensAndHasWholeFrequentWordsAndContinuations() {
        assertEquals(WordPieceVocabularyLearner.SPECIAL_TOKENS, vocabulary.subList(0, 5));
        assertEquals(2000, vocabulary.size());
        assertTrue(vocabulary.containsAll(List.of("the", "great", "coffee", "好")), "frequent words are whole pieces");
        assertTrue(vocabulary.stream().anyMatch(t -> t.startsWith("##") && t.length() > 3), "has ## continuations");
        assertEquals(vocabulary, new WordPieceVocabularyLearner(2000, 2).learn(
                new ArrayList<>(new ReviewCsvReader().read(BundledDatasets.extract(BundledDatasets.REVIEWS_TRAIN))
                        .texts().subList(0, 800)) {{ addAll(List.of("这个茶很好喝，我很喜欢。", "味道不好，不会再买了。", "很好喝的咖啡")); }}),
                "deterministic");
    }

    @Test
    void english_roundTripsThroughIdsBackToTheNormalisedText() {
        try (ReviewTokenizer tokenizer = ReviewTokenizer.load(tokenizerFile, 32)) {
            List<String> tokens = tokenizer.tokens("This Coffee is GREAT, really!");

            assertEquals("[CLS]", tokens.get(0));
            assertEquals("[SEP]", tokens.get(tokens.size() - 1));
            assertTrue(tokens.containsAll(List.of("coffee", "great", ",", "!")), tokens.toString());
            assertFalse(tokens.contains("[UNK]"), tokens.toString());
            String rebuilt = String.join(" ", tokens.subList(1, tokens.size() - 1)).replace(" ##", "");
            assertEquals("this coffee is great , really !", rebuilt);
        }
    }

    @Test
    void chinese_isSplitIntoCharactersAndUnseenCharactersAreUnknownOneByOne() {
        try (ReviewTokenizer tokenizer = ReviewTokenizer.load(tokenizerFile, 32)) {
            assertEquals(List.of("[CLS]", "很", "好", "喝", "[SEP]"), tokenizer.tokens("很好喝"));
            assertEquals(List.of("[CLS]", "[UNK]", "[UNK]", "好", "[SEP]"), tokenizer.tokens("質量好"));
        }
    }

    @Test
    void batch_padsToTheLongestTextAndReportsTruncation() {
        try (ReviewTokenizer tokenizer = ReviewTokenizer.load(tokenizerFile, 32)) {
            String veryLong = "great tea ".repeat(200);
            TokenBatch batch = tokenizer.encode(List.of("", "good", veryLong));

            assertEquals(32, batch.length());
            assertArrayEquals(new long[] {2, 3}, java.util.Arrays.copyOf(batch.ids()[0], 2), "empty text is [CLS] [SEP]");
            assertEquals(2, java.util.Arrays.stream(batch.mask()[0]).sum());
            assertEquals(3, java.util.Arrays.stream(batch.mask()[1]).sum());
            assertEquals(32, java.util.Arrays.stream(batch.mask()[2]).sum());
            assertArrayEquals(new boolean[] {false, false, true}, batch.truncated());
            assertEquals(3, batch.ids()[2][31], "the last kept token is [SEP]");

            TokenBatch shortBatch = tokenizer.encode(List.of("good", "great tea"));
            assertEquals(4, shortBatch.length(), "padding stops at the longest text");
        }
    }
}
