package io.shopml.evaluation.sentiment;

import io.shopml.datasets.reviews.Review;
import io.shopml.datasets.reviews.ReviewDataset;
import io.shopml.evaluation.metrics.ClassificationMetrics;

import java.util.ArrayList;
import java.util.List;

/**
 * The classic text-classification baseline BERT has to beat: TF-IDF over words and word pairs
 * ({@link TfIdfVectorizer}) into L2-regularised softmax regression. The penalty is chosen from
 * {@link #LAMBDAS} by macro-F1 on every tenth training review, then the model is refitted on all
 * of them; the test reviews are never looked at.
 *
 * <pre>{@code
 * TextClassifier tfidf = TfIdfLogisticRegression.fit(trainingReviews);
 * float[][] p = tfidf.probabilities(List.of("Great coffee", "stale and bitter"));
 * }</pre>
 */
public final class TfIdfLogisticRegression implements TextClassifier {

    static final double[] LAMBDAS = {1e-5, 1e-4, 1e-3, 1e-2};
    private static final int VALIDATION_EVERY = 10;

    private final List<String> labels;
    private final TfIdfVectorizer vectorizer;
    private final SoftmaxRegression regression;
    private final double lambda;

    private TfIdfLogisticRegression(List<String> labels, TfIdfVectorizer vectorizer, SoftmaxRegression regression,
                                    double lambda) {
        this.labels = labels;
        this.vectorizer = vectorizer;
        this.regression = regression;
        this.lambda = lambda;
    }

    public static TfIdfLogisticRegression fit(ReviewDataset training) {
        List<String> labels = training.labels();
        List<Review> fitPart = new ArrayList<>();
        List<Review> validationPart = new ArrayList<>();
        for (int i = 0; i < training.size(); i++) {
            (i % VALIDATION_EVERY == VALIDATION_EVERY - 1 ? validationPart : fitPart).add(training.reviews().get(i));
        }
        double bestLambda = LAMBDAS[0];
        double bestF1 = -1;
        for (double lambda : LAMBDAS) {
            TfIdfLogisticRegression candidate = fit(fitPart, labels, lambda);
            double f1 = ClassificationMetrics.of(labels, LabelIndex.of(validationPart, labels),
                    candidate.probabilities(validationPart.stream().map(Review::text).toList())).macroF1();
            if (f1 > bestF1) {
                bestF1 = f1;
                bestLambda = lambda;
            }
        }
        return fit(training.reviews(), labels, bestLambda);
    }

    private static TfIdfLogisticRegression fit(List<Review> reviews, List<String> labels, double lambda) {
        TfIdfVectorizer vectorizer = TfIdfVectorizer.fit(reviews.stream().map(Review::text).toList());
        List<SparseVector> rows = reviews.stream().map(r -> vectorizer.transform(r.text())).toList();
        SoftmaxRegression regression = SoftmaxRegression.fit(rows, LabelIndex.of(reviews, labels), labels.size(),
                vectorizer.dimension(), lambda);
        return new TfIdfLogisticRegression(labels, vectorizer, regression, lambda);
    }

    /** The L2 penalty the validation reviews chose. */
    public double lambda() {
        return lambda;
    }

    @Override
    public String name() {
        return "TF-IDF + logistic regression";
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public float[][] probabilities(List<String> texts) {
        return texts.stream().map(t -> regression.probabilities(vectorizer.transform(t))).toArray(float[][]::new);
    }
}
