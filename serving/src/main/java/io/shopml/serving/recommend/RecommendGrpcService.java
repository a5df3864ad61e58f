package io.shopml.serving.recommend;

import io.grpc.stub.StreamObserver;
import io.shopml.models.recommend.Recommendation;
import io.shopml.proto.v1.RecommendRequest;
import io.shopml.proto.v1.RecommendResponse;
import io.shopml.proto.v1.RecommendServiceGrpc;
import io.shopml.proto.v1.RecommendedItem;
import io.shopml.serving.errors.GrpcErrors;
import io.shopml.serving.errors.InvalidInputException;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.ServableModel;

import java.util.List;

/**
 * {@code shopml.v1.RecommendService}: a visitor's recent items in, the next best items with
 * titles and scores out; unknown ids skipped and named, an empty history answered by popularity.
 */
public final class RecommendGrpcService extends RecommendServiceGrpc.RecommendServiceImplBase {

    public static final String DEFAULT_MODEL = "recommender";

    private final ModelRegistry registry;

    public RecommendGrpcService(ModelRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void recommend(RecommendRequest request, StreamObserver<RecommendResponse> responses) {
        try {
            responses.onNext(answer(request));
            responses.onCompleted();
        } catch (RuntimeException e) {
            responses.onError(GrpcErrors.toStatus(e));
        }
    }

    private RecommendResponse answer(RecommendRequest request) {
        String name = request.getModelName().isEmpty() ? DEFAULT_MODEL : request.getModelName();
        ServableModel model = registry.get(name, request.getModelVersion());
        if (!(model instanceof RecommenderServable recommender)) {
            throw new InvalidInputException("model '" + name + "' is a " + model.manifest().task()
                    + " model, not a recommender");
        }
        int k = request.getK() == 0 ? RecommenderServable.DEFAULT_K : request.getK();
        boolean excludeSeen = !request.hasExcludeSeen() || request.getExcludeSeen();
        long[] history = request.getRecentItemsList().stream().mapToLong(Long::longValue).toArray();
        Recommendation r = recommender.recommend(List.of(history), k, excludeSeen).get(0);
        RecommendResponse.Builder response = RecommendResponse.newBuilder()
                .setModelName(name)
                .setModelVersion(Integer.toString(model.version()))
                .setPopularityFallback(r.popularityFallback());
        for (int i = 0; i < r.items().length; i++) {
            response.addItems(RecommendedItem.newBuilder().setItemId(r.items()[i]).setTitle(r.titles()[i])
                    .setScore(r.scores()[i]));
        }
        for (long id : r.unknownItems()) {
            response.addUnknownItems(id);
        }
        return response.build();
    }
}
