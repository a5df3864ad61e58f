package io.shopml.serving.recommend;

import io.grpc.stub.StreamObserver;
import io.shopml.proto.v1.RecommendRequest;
import io.shopml.proto.v1.RecommendResponse;
import io.shopml.proto.v1.RecommendServiceGrpc;
import io.shopml.proto.v1.RecommendedItem;
import io.shopml.serving.errors.InvalidInputException;
import io.shopml.serving.registry.InferenceRequest;
import io.shopml.serving.registry.InferenceResult;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.ServableModel;
import io.shopml.serving.server.QueuedCall;
import io.shopml.serving.server.TaskService;
import io.shopml.serving.tensor.DataType;
import io.shopml.serving.tensor.Tensor;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code shopml.v1.RecommendService}: a visitor's recent items in, the next best items with
 * titles and scores out; unknown ids skipped and named, an empty history answered by popularity.
 * Calls go through the model's queue like KServe calls; requests with histories of the same
 * length and the same k batch together.
 */
public final class RecommendGrpcService extends RecommendServiceGrpc.RecommendServiceImplBase implements TaskService {

    public static final String DEFAULT_MODEL = "recommender";

    private final ModelRegistry registry;

    public RecommendGrpcService(ModelRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String modelTask() {
        return "recommend";
    }

    @Override
    public void recommend(RecommendRequest request, StreamObserver<RecommendResponse> responses) {
        String name = request.getModelName().isEmpty() ? DEFAULT_MODEL : request.getModelName();
        QueuedCall.answer(responses,
                () -> registry.submit(name, request.getModelVersion(), model -> inference(name, model, request)),
                (model, result) -> response(name, (RecommenderServable) model, result));
    }

    private static InferenceRequest inference(String name, ServableModel model, RecommendRequest request) {
        if (!(model instanceof RecommenderServable)) {
            throw new InvalidInputException("model '" + name + "' is a " + model.manifest().task()
                    + " model, not a recommender");
        }
        long[] history = request.getRecentItemsList().stream().mapToLong(Long::longValue).toArray();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(RecommenderServable.K_PARAMETER,
                (long) (request.getK() == 0 ? RecommenderServable.DEFAULT_K : request.getK()));
        if (request.hasExcludeSeen()) {
            parameters.put(RecommenderServable.EXCLUDE_SEEN_PARAMETER, request.getExcludeSeen());
        }
        Tensor input = new Tensor(RecommenderServable.HISTORY, DataType.INT64, new long[] {1, history.length}, history);
        return new InferenceRequest(Map.of(RecommenderServable.HISTORY, input), parameters, Set.of());
    }

    private static RecommendResponse response(String name, RecommenderServable model, InferenceResult result) {
        long[] items = result.output("items").longs();
        float[] scores = result.output("scores").floats();
        RecommendResponse.Builder response = RecommendResponse.newBuilder()
                .setModelName(name)
                .setModelVersion(Integer.toString(model.version()))
                .setPopularityFallback(result.parameters().containsKey(RecommenderServable.POPULARITY_FALLBACK_ROWS));
        for (int i = 0; i < items.length; i++) {
            response.addItems(RecommendedItem.newBuilder().setItemId(items[i]).setTitle(model.title(items[i]))
                    .setScore(scores[i]));
        }
        Object unknown = result.parameters().get(RecommenderServable.UNKNOWN_ITEMS);
        if (unknown != null) {
            for (String id : unknown.toString().split(",")) {
                response.addUnknownItems(Long.parseLong(id));
            }
        }
        return response.build();
    }
}
