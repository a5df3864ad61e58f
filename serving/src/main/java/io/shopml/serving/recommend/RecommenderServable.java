package io.shopml.serving.recommend;

import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.recommend.LoadedRecommender;
import io.shopml.models.recommend.Recommendation;
import io.shopml.serving.errors.InvalidInputException;
import io.shopml.serving.registry.InferenceRequest;
import io.shopml.serving.registry.InferenceResult;
import io.shopml.serving.registry.ServableModel;
import io.shopml.serving.tensor.DataType;
import io.shopml.serving.tensor.Tensor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A loaded recommender version. KServe requests carry {@code history} INT64 [N, L] (item ids,
 * oldest first, any L) and the request parameter {@code k} (default 10); the answer is
 * {@code items} INT64 [N, k], never an item of the row's history, and {@code scores} FP32 [N, k].
 * Unknown ids are skipped and listed in the response parameter {@value #UNKNOWN_ITEMS}; rows with
 * no known item get the most popular items, listed in {@value #POPULARITY_FALLBACK_ROWS}.
 */
public final class RecommenderServable implements ServableModel {

    public static final String K_PARAMETER = "k";
    public static final int DEFAULT_K = 10;
    public static final String UNKNOWN_ITEMS = "unknown_items";
    public static final String POPULARITY_FALLBACK_ROWS = "popularity_fallback_rows";

    private final Manifest manifest;
    private final LoadedRecommender recommender;

    private RecommenderServable(Manifest manifest, LoadedRecommender recommender) {
        this.manifest = manifest;
        this.recommender = recommender;
    }

    static RecommenderServable load(ModelArtifact artifact) {
        return new RecommenderServable(artifact.manifest(), LoadedRecommender.load(artifact));
    }

    @Override
    public Manifest manifest() {
        return manifest;
    }

    @Override
    public InferenceResult infer(InferenceRequest request) {
        Tensor history = request.inputs().get("history");
        int rows = (int) history.shape()[0];
        int length = (int) history.shape()[1];
        long[] ids = history.longs();
        List<long[]> histories = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            histories.add(java.util.Arrays.copyOfRange(ids, r * length, (r + 1) * length));
        }
        int k = k(request.parameters().get(K_PARAMETER));
        List<Recommendation> answers = recommend(histories, k, true);
        int columns = answers.stream().mapToInt(a -> a.items().length).min().orElse(k);
        long[] items = new long[rows * columns];
        float[] scores = new float[rows * columns];
        Set<Long> unknown = new LinkedHashSet<>();
        List<Integer> fallbackRows = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            Recommendation a = answers.get(r);
            System.arraycopy(a.items(), 0, items, r * columns, columns);
            System.arraycopy(a.scores(), 0, scores, r * columns, columns);
            for (long id : a.unknownItems()) {
                unknown.add(id);
            }
            if (a.popularityFallback()) {
                fallbackRows.add(r);
            }
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (!unknown.isEmpty()) {
            parameters.put(UNKNOWN_ITEMS, unknown.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        if (!fallbackRows.isEmpty()) {
            parameters.put(POPULARITY_FALLBACK_ROWS,
                    fallbackRows.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        long[] shape = {rows, columns};
        return new InferenceResult(List.of(new Tensor("items", DataType.INT64, shape, items),
                new Tensor("scores", DataType.FP32, shape, scores)), parameters);
    }

    /**
     * Top-k per history, checking k first.
     *
     * @throws InvalidInputException when k is outside 1..maxK
     */
    public List<Recommendation> recommend(List<long[]> histories, int k, boolean excludeSeen) {
        if (k < 1 || k > recommender.maxK()) {
            throw new InvalidInputException("k is " + k + ", expected 1.." + recommender.maxK()
                    + " (this model's largest k)");
        }
        return recommender.recommend(histories, k, excludeSeen);
    }

    @Override
    public void close() {
        recommender.close();
    }

    private static int k(Object value) {
        if (value == null) {
            return DEFAULT_K;
        }
        if (value instanceof Long n && n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        throw new InvalidInputException("parameter 'k' is " + value + ", expected an int64 number of items");
    }
}
