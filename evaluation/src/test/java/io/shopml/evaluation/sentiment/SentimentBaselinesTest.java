package io.shopml.evaluation.sentiment;

import io.shopml.datasets.BundledDatasets;
import io.shopml.datasets.reviews.ReviewCsvReader;
import io.shopml.datasets.reviews.ReviewDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The baselines on the real bundled reviews (all 4000 to fit, the 1000 test reviews to score). */
class SentimentBaselinesTest {

    private static ReviewDataset train;
    private static ReviewDataset test;

    @BeforeAll
    static void readReviews() {
        train = SentimentModelEvaluator.bundledTraining();
        test = new ReviewCsvReader().read(BundledDatasets.extract(BundledDatasets.REVIEWS_TEST));
    }

    @Test
    void tfIdfAndLexiconBeatTheMajorityClassAndTfIdfBeatsTheLexicon() {
        SentimentEvaluation evaluation = SentimentEvaluation.run(test,
                List.of(TfIdfLogisticRegression.fit(train), LexiconClassifier.fit(train)));
        System.out.println(evaluation.toTable());
        double tfIdf = evaluation.scores().get(0).metrics().macroF1();
        double lexicon = evaluation.scores().get(1).metrics().macroF1();
        // always answering the majority class 'great' (658 of 1000) scores macro-F1 0.40, ROC-AUC 0.5
        assertTrue(lexicon > 0.5, "lexicon macro-F1 " + lexicon);
        assertTrue(tfIdf > lexicon, "TF-IDF macro-F1 " + tfIdf + " vs lexicon " + lexicon);
        assertTrue(evaluation.scores().get(0).metrics().rocAuc() > 0.75);
        long classified = 0;
        for (long[] row : evaluation.scores().get(0).metrics().confusion()) {
            for (long count : row) {
                classified += count;
            }
        }
        assertEquals(test.size(), classified);
    }

    @Test
    void wordsKeepApostrophesAndSplitChineseIntoCharacters() {
        assertEquals(List.of("don't", "buy", "it", "3", "stars"), WordTokens.of("DON'T buy it!! 3 stars"));
        assertEquals(List.of("茶", "很", "好", "喝", "tea"), WordTokens.of("茶很好喝, tea"));
        assertEquals(List.of(), WordTokens.of(" ... "));
    }

    @Test
    void lexiconMatchesTheLongestPhraseFirst(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("lexicon.tsv");
        Files.writeString(tsv, "work\t1\ndoes not work\t-3\ngood\t3\n");
        SentimentLexicon lexicon = SentimentLexicon.read(tsv);
        assertArrayEquals(new int[] {3, 3}, lexicon.positiveAndNegative("Good grinder, but it does not work."));
        assertArrayEquals(new int[] {1, 0}, lexicon.positiveAndNegative("It does work"));
    }

    @Test
    void bundledAfinnScoresPraiseAbovePans() {
        SentimentLexicon afinn = SentimentLexicon.afinn();
        int[] praise = afinn.positiveAndNegative("Excellent coffee, I love it");
        int[] pan = afinn.positiveAndNegative("Awful, stale and I hate the taste");
        assertTrue(praise[0] > praise[1] && pan[1] > pan[0]);
    }
}
