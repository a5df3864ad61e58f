package io.shopml.evaluation.serve;

import inference.GrpcPredictV2.InferParameter;
import inference.GrpcPredictV2.InferTensorContents;
import inference.GrpcPredictV2.ModelInferRequest;
import io.shopml.datasets.interactions.InteractionData;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * KServe v2 requests for a recommender built from real users: request {@code i} carries user
 * {@code i mod users}'s last {@code historyLength} items (original ids, the held-out last item
 * excluded) as {@code history} INT64 [1, L] and parameter {@code k}, so the server ranks the whole
 * catalogue for a real history on every call.
 */
public final class RecommendInferRequests implements IntFunction<ModelInferRequest> {

    private final List<long[]> histories;
    private final String model;
    private final int k;

    public RecommendInferRequests(InteractionData data, String model, int historyLength, int k) {
        if (historyLength < 1 || k < 1) {
            throw new IllegalArgumentException("need history length >= 1 and k >= 1, got " + historyLength + ", " + k);
        }
        this.histories = new ArrayList<>();
        for (int[] sequence : data.sequences()) {
            int end = sequence.length - 1;
            int[] recent = Arrays.copyOfRange(sequence, Math.max(0, end - historyLength), end);
            if (recent.length == historyLength) {
                histories.add(Arrays.stream(recent).mapToLong(i -> data.items().id(i)).toArray());
            }
        }
        if (histories.isEmpty()) {
            throw new IllegalArgumentException("no user has " + (historyLength + 1) + " interactions");
        }
        this.model = model;
        this.k = k;
    }

    public int distinctRequests() {
        return histories.size();
    }

    @Override
    public ModelInferRequest apply(int index) {
        long[] history = histories.get(index % histories.size());
        InferTensorContents.Builder contents = InferTensorContents.newBuilder();
        Arrays.stream(history).forEach(contents::addInt64Contents);
        return ModelInferRequest.newBuilder()
                .setModelName(model)
                .addInputs(ModelInferRequest.InferInputTensor.newBuilder()
                        .setName("history")
                        .setDatatype("INT64")
                        .addShape(1)
                        .addShape(history.length)
                        .setContents(contents))
                .putParameters("k", InferParameter.newBuilder().setInt64Param(k).build())
                .build();
    }
}
