package io.shopml.evaluation.serve;

import com.google.protobuf.ByteString;
import inference.GrpcPredictV2.InferTensorContents;
import inference.GrpcPredictV2.ModelInferRequest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;

/**
 * KServe v2 requests for a sentiment model built from real reviews: request {@code i} carries
 * {@code batch} consecutive texts as {@code text} BYTES [batch], cycling through the reviews, so
 * latency can be measured at batch 1 and at a full server batch alike.
 */
public final class SentimentInferRequests implements IntFunction<ModelInferRequest> {

    private final List<String> texts;
    private final String model;
    private final int batch;

    public SentimentInferRequests(List<String> texts, String model, int batch) {
        if (texts.isEmpty() || batch < 1) {
            throw new IllegalArgumentException("need at least one text and a batch of at least 1, got "
                    + texts.size() + " texts and batch " + batch);
        }
        this.texts = List.copyOf(texts);
        this.model = model;
        this.batch = batch;
    }

    @Override
    public ModelInferRequest apply(int index) {
        InferTensorContents.Builder contents = InferTensorContents.newBuilder();
        for (int k = 0; k < batch; k++) {
            String text = texts.get((int) (((long) index * batch + k) % texts.size()));
            contents.addBytesContents(ByteString.copyFrom(text, StandardCharsets.UTF_8));
        }
        return ModelInferRequest.newBuilder()
                .setModelName(model)
                .addInputs(ModelInferRequest.InferInputTensor.newBuilder()
                        .setName("text")
                        .setDatatype("BYTES")
                        .addShape(batch)
                        .setContents(contents))
                .build();
    }
}
