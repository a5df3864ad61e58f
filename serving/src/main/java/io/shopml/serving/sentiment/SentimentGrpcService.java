package io.shopml.serving.sentiment;

import com.google.protobuf.ProtocolStringList;
import io.grpc.stub.StreamObserver;
import io.shopml.proto.v1.ClassProbability;
import io.shopml.proto.v1.ClassifyRequest;
import io.shopml.proto.v1.ClassifyResponse;
import io.shopml.proto.v1.SentimentServiceGrpc;
import io.shopml.proto.v1.TextSentiment;
import io.shopml.serving.errors.InvalidInputException;
import io.shopml.serving.registry.InferenceRequest;
import io.shopml.serving.registry.InferenceResult;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.ServableModel;
import io.shopml.serving.server.QueuedCall;
import io.shopml.serving.server.TaskService;
import io.shopml.serving.tensor.DataType;
import io.shopml.serving.tensor.Tensor;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code shopml.v1.SentimentService}: review texts in, a label and class probabilities per text
 * out. Calls go through the model's queue like KServe calls: batched with other callers' texts,
 * bounded, never answered by a version being retired.
 */
public final class SentimentGrpcService extends SentimentServiceGrpc.SentimentServiceImplBase implements TaskService {

    public static final String DEFAULT_MODEL = "review-sentiment";

    private final ModelRegistry registry;

    public SentimentGrpcService(ModelRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String modelTask() {
        return "sentiment";
    }

    @Override
    public void classify(ClassifyRequest request, StreamObserver<ClassifyResponse> responses) {
        String name = request.getModelName().isEmpty() ? DEFAULT_MODEL : request.getModelName();
        QueuedCall.answer(responses, () -> {
            SentimentServable.checkTexts(request.getTextsList(), "texts[");
            return registry.submit(name, request.getModelVersion(), model -> inference(name, model, request.getTextsList()));
        }, (model, result) -> response(name, (SentimentServable) model, result));
    }

    private static InferenceRequest inference(String name, ServableModel model, ProtocolStringList texts) {
        if (!(model instanceof SentimentServable)) {
            throw new InvalidInputException("model '" + name + "' is a " + model.manifest().task()
                    + " model, not a sentiment classifier");
        }
        byte[][] utf8 = new byte[texts.size()][];
        for (int i = 0; i < utf8.length; i++) {
            utf8[i] = texts.get(i).getBytes(StandardCharsets.UTF_8);
        }
        Tensor text = new Tensor(SentimentServable.TEXT, DataType.BYTES, new long[] {utf8.length}, utf8);
        return new InferenceRequest(Map.of(SentimentServable.TEXT, text), Map.of(), Set.of());
    }

    private static ClassifyResponse response(String name, SentimentServable model, InferenceResult result) {
        List<String> labels = model.labels();
        float[] values = result.output("probabilities").floats();
        byte[][] predicted = result.output("label").bytes();
        Set<Integer> truncated = SentimentServable.truncatedIndices(result);
        ClassifyResponse.Builder response = ClassifyResponse.newBuilder()
                .setModelName(name)
                .setModelVersion(Integer.toString(model.version()))
                .setMaxTokens(model.maxTokens());
        for (int row = 0; row < predicted.length; row++) {
            TextSentiment.Builder text = TextSentiment.newBuilder()
                    .setLabel(new String(predicted[row], StandardCharsets.UTF_8))
                    .setTruncated(truncated.contains(row));
            for (int c = 0; c < labels.size(); c++) {
                text.addProbabilities(ClassProbability.newBuilder().setLabel(labels.get(c))
                        .setProbability(values[row * labels.size() + c]));
            }
            response.addResults(text);
        }
        return response.build();
    }
}
