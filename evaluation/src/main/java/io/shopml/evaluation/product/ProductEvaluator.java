package io.shopml.evaluation.product;

import io.shopml.datasets.images.LabelledImages;
import io.shopml.evaluation.metrics.ClassificationMetrics;
import io.shopml.evaluation.metrics.RankingMetrics;
import io.shopml.models.product.EmbeddingIndex;
import io.shopml.models.product.LoadedProductModel;
import io.shopml.models.product.ProductPrediction;
import io.shopml.models.product.SimilarItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scores a loaded product model on test images: classification against the truth, the pixel
 * baseline fitted on the training images, and similar-product search against the version's
 * catalogue index. Exact cosine search is linear in the catalogue, so precision@k is measured
 * on an evenly spaced subset of the test images ({@code similarQueries}).
 *
 * <pre>{@code
 * ProductEvaluation e = new ProductEvaluator(1000, 5, 42).evaluate(model, data.train(), data.test(), "bundled");
 * System.out.println(e.toTable());
 * }</pre>
 */
public final class ProductEvaluator {

    /** Similar items per query for precision@k. */
    public static final int K = 10;

    private final int similarQueries;
    private final int baselineEpochs;
    private final long seed;

    /**
     * @param similarQueries test images to query the catalogue with (at most the test set)
     * @param baselineEpochs SGD epochs of the pixel baseline
     * @param seed           the baseline's shuffling seed
     */
    public ProductEvaluator(int similarQueries, int baselineEpochs, long seed) {
        if (similarQueries < 1) {
            throw new IllegalArgumentException("similar-product queries must be at least 1, got " + similarQueries);
        }
        this.similarQueries = similarQueries;
        this.baselineEpochs = baselineEpochs;
        this.seed = seed;
    }

    /**
     * @throws IllegalArgumentException when the images' classes are not the model's, or the model
     *                                  version has no catalogue index
     */
    public ProductEvaluation evaluate(LoadedProductModel model, LabelledImages train, LabelledImages test,
                                      String source) {
        List<String> classes = model.preprocessing().classNames();
        if (!classes.equals(test.classNames()) || !classes.equals(train.classNames())) {
            throw new IllegalArgumentException("the model knows the classes " + classes + " but the data has "
                    + test.classNames() + ": evaluate on images of the categories it was trained on");
        }
        EmbeddingIndex index = model.index().orElseThrow(() -> new IllegalArgumentException(
                "this model version has no catalogue index, so similar-product search cannot be scored"));
        List<byte[]> images = new ArrayList<>(test.count());
        for (int i = 0; i < test.count(); i++) {
            images.add(test.image(i));
        }
        List<ProductPrediction> predictions = model.predict(images);
        float[][] probabilities = predictions.stream().map(ProductPrediction::probabilities).toArray(float[][]::new);
        ClassificationMetrics modelMetrics = ClassificationMetrics.of(classes, test.labels(), probabilities);

        PixelLogisticRegression baseline = PixelLogisticRegression.fit(train, baselineEpochs, seed);
        ClassificationMetrics baselineMetrics = ClassificationMetrics.of(classes, test.labels(),
                baseline.probabilities(test));

        int queries = Math.min(similarQueries, test.count());
        List<long[]> rankings = new ArrayList<>(queries);
        List<Set<Long>> relevant = new ArrayList<>(queries);
        for (int q = 0; q < queries; q++) {
            int image = (int) ((long) q * test.count() / queries);
            List<SimilarItem> similar = index.search(predictions.get(image).embedding(), K);
            // Relevance is the category, so the ranked list holds each hit's category index.
            rankings.add(similar.stream().mapToLong(item -> classes.indexOf(item.category())).toArray());
            relevant.add(Set.of((long) test.label(image)));
        }
        double precision = RankingMetrics.meanPrecision(rankings, relevant, K);
        return new ProductEvaluation(modelMetrics, baselineMetrics, precision, K, queries, index.size(), test.count(),
                source);
    }
}
