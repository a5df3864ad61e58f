package io.shopml.cli;

import inference.GRPCInferenceServiceGrpc;
import inference.GrpcPredictV2.ModelMetadataRequest;
import inference.GrpcPredictV2.ModelMetadataResponse;
import io.grpc.Channel;

/** Reads a served model's tensor shapes over KServe v2 ModelMetadata, as any client would. */
final class ModelShapes {

    /** The forecaster's window (history columns) and horizon (forecast columns). */
    record Forecaster(int window, int horizon) {
    }

    private ModelShapes() {
    }

    static Forecaster forecaster(Channel channel, String model) {
        ModelMetadataResponse metadata = GRPCInferenceServiceGrpc.newBlockingStub(channel)
                .modelMetadata(ModelMetadataRequest.newBuilder().setName(model).build());
        return new Forecaster(lastDim(metadata, "history", true), lastDim(metadata, "forecast", false));
    }

    /** Whether the served model takes item-id histories ({@code history} INT64), i.e. is a recommender. */
    static boolean isRecommender(Channel channel, String model) {
        return takes(channel, model, "history", "INT64");
    }

    /** A sentiment model takes {@code text} BYTES. */
    static boolean isSentiment(Channel channel, String model) {
        return takes(channel, model, "text", "BYTES");
    }

    /** A product recogniser takes {@code image} UINT8. */
    static boolean isProduct(Channel channel, String model) {
        return takes(channel, model, "image", "UINT8");
    }

    private static boolean takes(Channel channel, String model, String input, String datatype) {
        return GRPCInferenceServiceGrpc.newBlockingStub(channel)
                .modelMetadata(ModelMetadataRequest.newBuilder().setName(model).build())
                .getInputsList().stream()
                .anyMatch(t -> t.getName().equals(input) && t.getDatatype().equals(datatype));
    }

    private static int lastDim(ModelMetadataResponse metadata, String tensor, boolean input) {
        return (input ? metadata.getInputsList() : metadata.getOutputsList()).stream()
                .filter(t -> t.getName().equals(tensor))
                .mapToInt(t -> (int) t.getShape(t.getShapeCount() - 1))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("model '" + metadata.getName() + "' has no "
                        + (input ? "input" : "output") + " '" + tensor + "': is it a forecaster?"));
    }
}
