package io.shopml.serving.sentiment;

import io.grpc.stub.StreamObserver;
import io.shopml.models.sentiment.SentimentPrediction;
import io.shopml.proto.v1.ClassProbability;
import io.shopml.proto.v1.ClassifyRequest;
import io.shopml.proto.v1.ClassifyResponse;
import io.shopml.proto.v1.SentimentServiceGrpc;
import io.shopml.proto.v1.TextSentiment;
import io.shopml.serving.errors.GrpcErrors;
import io.shopml.serving.errors.InvalidInputException;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.ServableModel;

import java.util.List;

/** {@code shopml.v1.SentimentService}: review texts in, a label and class probabilities per text out. */
public final class SentimentGrpcService extends SentimentServiceGrpc.SentimentServiceImplBase {

    public static final String DEFAULT_MODEL = "review-sentiment";

    private final ModelRegistry registry;

    public SentimentGrpcService(ModelRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void classify(ClassifyRequest request, StreamObserver<ClassifyResponse> responses) {
        try {
            responses.onNext(answer(request));
            responses.onCompleted();
        } catch (RuntimeException e) {
            responses.onError(GrpcErrors.toStatus(e));
        }
    }

    private ClassifyResponse answer(ClassifyRequest request) {
        String name = request.getModelName().isEmpty() ? DEFAULT_MODEL : request.getModelName();
        ServableModel model = registry.get(name, request.getModelVersion());
        if (!(model instanceof SentimentServable sentiment)) {
            throw new InvalidInputException("model '" + name + "' is a " + model.manifest().task()
                    + " model, not a sentiment classifier");
        }
        List<SentimentPrediction> predictions = sentiment.classify(request.getTextsList(), "texts[");
        List<String> labels = sentiment.labels();
        ClassifyResponse.Builder response = ClassifyResponse.newBuilder()
                .setModelName(name)
                .setModelVersion(Integer.toString(model.version()))
                .setMaxTokens(sentiment.maxTokens());
        for (SentimentPrediction p : predictions) {
            TextSentiment.Builder result = TextSentiment.newBuilder().setLabel(p.label()).setTruncated(p.truncated());
            for (int c = 0; c < labels.size(); c++) {
                result.addProbabilities(ClassProbability.newBuilder().setLabel(labels.get(c))
                        .setProbability(p.probabilities()[c]));
            }
            response.addResults(result);
        }
        return response.build();
    }
}
