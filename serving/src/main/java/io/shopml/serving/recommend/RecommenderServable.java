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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A loaded recommender version. KServe requests carry {@code history} INT64 [N, L] (item ids,
 * oldest first, any L) and the request parameter {@code k} (default 10); the answer is
 * {@code items} INT64 [N, k], never an item of the row's history unless the request parameter
 * {@code exclude_seen} is false, and {@code scores} FP32 [N, k].
 * Unknown ids are skipped and listed in the response parameter {@value #UNKNOWN_ITEMS}; rows with
 * no known item get the most popular items, listed in {@value #POPULARITY_FALLBACK_ROWS}.
 */
public final class RecommenderServable implements ServableModel {

    public static final String K_PARAMETER = "k";
    public static final int DEFAULT_K = 10;
    /** Request parameter: false lets items of the history be recommended again (default true). */
    public static final String EXCLUDE_SEEN_PARAMETER = "exclude_seen";
    /** The input: item ids, oldest first, INT64 [N, L]. */
    public static final String HISTORY = "history";
    public static final String UNKNOWN_ITEMS = "unknown_items";
    public static final String POPULARITY_FALLBACK_ROWS = "popularity_fallback_rows";
    /** Per-row facts between {@link #infer} and {@link #forCaller}; callers never see them. */
    static final String UNKNOWN_ROWS = "unknown_items_by_row";
    static final String FALLBACK_ROWS = "popularity_fallback_by_row";

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

    /** Checks the request's parameters: k within 1..the model's largest k, exclude_seen a boolean. */
    @Override
    public void validate(InferenceRequest request) {
        checkK(k(request.parameters().get(K_PARAMETER)));
        excludeSeen(request.parameters().get(EXCLUDE_SEEN_PARAMETER));
    }

    @Override
    public InferenceResult infer(InferenceRequest request) {
        Tensor history = request.inputs().get(HISTORY);
        int rows = (int) history.shape()[0];
        int length = (int) history.shape()[1];
        long[] ids = history.longs();
        List<long[]> histories = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            histories.add(Arrays.copyOfRange(ids, r * length, (r + 1) * length));
        }
        int k = checkK(k(request.parameters().get(K_PARAMETER)));
        List<Recommendation> answers = recommender.recommend(histories, k,
                excludeSeen(request.parameters().get(EXCLUDE_SEEN_PARAMETER)));
        int columns = answers.stream().mapToInt(a -> a.items().length).min().orElse(k);
        long[] items = new long[rows * columns];
        float[] scores = new float[rows * columns];
        byte[][] unknown = new byte[rows][];
        boolean[] fallback = new boolean[rows];
        for (int r = 0; r < rows; r++) {
            Recommendation a = answers.get(r);
            System.arraycopy(a.items(), 0, items, r * columns, columns);
            System.arraycopy(a.scores(), 0, scores, r * columns, columns);
            unknown[r] = Arrays.stream(a.unknownItems()).mapToObj(String::valueOf).collect(Collectors.joining(","))
                    .getBytes(StandardCharsets.US_ASCII);
            fallback[r] = a.popularityFallback();
        }
        long[] shape = {rows, columns};
        return new InferenceResult(List.of(new Tensor("items", DataType.INT64, shape, items),
                new Tensor("scores", DataType.FP32, shape, scores),
                new Tensor(UNKNOWN_ROWS, DataType.BYTES, new long[] {rows}, unknown),
                new Tensor(FALLBACK_ROWS, DataType.BOOL, new long[] {rows}, fallback)), Map.of());
    }

    /**
     * Turns the per-row facts into response parameters over the caller's rows: the unknown ids it
     * sent ({@value #UNKNOWN_ITEMS}) and its rows answered by popularity ({@value #POPULARITY_FALLBACK_ROWS}),
     * each left out when empty.
     */
    @Override
    public InferenceResult forCaller(InferenceResult rows) {
        Set<String> unknown = new LinkedHashSet<>();
        for (byte[] row : rows.output(UNKNOWN_ROWS).bytes()) {
            for (String id : new String(row, StandardCharsets.US_ASCII).split(",")) {
                if (!id.isEmpty()) {
                    unknown.add(id);
                }
            }
        }
        boolean[] fallback = (boolean[]) rows.output(FALLBACK_ROWS).data();
        List<String> fallbackRows = new ArrayList<>();
        for (int r = 0; r < fallback.length; r++) {
            if (fallback[r]) {
                fallbackRows.add(String.valueOf(r));
            }
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (!unknown.isEmpty()) {
            parameters.put(UNKNOWN_ITEMS, String.join(",", unknown));
        }
        if (!fallbackRows.isEmpty()) {
            parameters.put(POPULARITY_FALLBACK_ROWS, String.join(",", fallbackRows));
        }
        List<Tensor> outputs = rows.outputs().stream()
                .filter(t -> !t.name().equals(UNKNOWN_ROWS) && !t.name().equals(FALLBACK_ROWS)).toList();
        return new InferenceResult(outputs, parameters);
    }

    /** The catalogue title of item {@code itemId}; "" when it has none or the model does not know it. */
    public String title(long itemId) {
        var catalogue = recommender.catalogue();
        return catalogue.ids().index(itemId).stream().mapToObj(catalogue::title).findFirst().orElse("");
    }

    /** The model's largest k. */
    public int maxK() {
        return recommender.maxK();
    }

    private int checkK(int k) {
        if (k < 1 || k > recommender.maxK()) {
            throw new InvalidInputException("k is " + k + ", expected 1.." + recommender.maxK()
                    + " (this model's largest k)");
        }
        return k;
    }

    @Override
    public void close() {
        recommender.close();
    }

    private static boolean excludeSeen(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw new InvalidInputException("parameter '" + EXCLUDE_SEEN_PARAMETER + "' is " + value
                + ", expected a bool (true leaves out the items of the history)");
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
