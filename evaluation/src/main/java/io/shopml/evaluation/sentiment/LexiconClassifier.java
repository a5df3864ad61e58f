package io.shopml.evaluation.sentiment;

import io.shopml.datasets.reviews.Review;
import io.shopml.datasets.reviews.ReviewDataset;

import java.util.List;

/**
 * The no-learning-of-words baseline: a review's positive and negative AFINN-165 totals
 * ({@link SentimentLexicon}), each as {@code ln(1 + total)}, go into a two-feature softmax
 * regression fitted on the training reviews. The regression only learns where the classes part
 * (what "great" means in lexicon points), so it works for any label set, and what it scores shows
 * how far a fixed word list gets on this data.
 *
 * <pre>{@code
 * TextClassifier lexicon = LexiconClassifier.fit(trainingReviews);
 * }</pre>
 */
public final class LexiconClassifier implements TextClassifier {

    /** A light penalty: two features cannot overfit 4000 reviews. */
    static final double LAMBDA = 1e-4;

    private final List<String> labels;
    private final SentimentLexicon lexicon;
    private final SoftmaxRegression regression;

    private LexiconClassifier(List<String> labels, SentimentLexicon lexicon, SoftmaxRegression regression) {
        this.labels = labels;
        this.lexicon = lexicon;
        this.regression = regression;
    }

    public static LexiconClassifier fit(ReviewDataset training) {
        SentimentLexicon lexicon = SentimentLexicon.afinn();
        List<String> labels = training.labels();
        List<SparseVector> rows = training.reviews().stream().map(Review::text).map(t -> features(lexicon, t)).toList();
        SoftmaxRegression regression = SoftmaxRegression.fit(rows, LabelIndex.of(training.reviews(), labels),
                labels.size(), 2, LAMBDA);
        return new LexiconClassifier(labels, lexicon, regression);
    }

    @Override
    public String name() {
        return "AFINN-165 lexicon";
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public float[][] probabilities(List<String> texts) {
        return texts.stream().map(t -> regression.probabilities(features(lexicon, t))).toArray(float[][]::new);
    }

    private static SparseVector features(SentimentLexicon lexicon, String text) {
        int[] totals = lexicon.positiveAndNegative(text);
        return new SparseVector(new int[] {0, 1},
                new float[] {(float) Math.log1p(totals[0]), (float) Math.log1p(totals[1])});
    }
}
