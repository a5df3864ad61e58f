package io.shopml.serving.server;

import inference.GrpcPredictV2.InferTensorContents;
import inference.GrpcPredictV2.ModelInferRequest;
import inference.GrpcPredictV2.ModelInferRequest.InferInputTensor;
import inference.GrpcPredictV2.ModelInferResponse;
import java.util.List;

/** KServe requests for the test {@code ScaleModel} (input x FP32 [rows, 3]) and readers of its answers. */
final class ScaleCalls {

    private ScaleCalls() {
    }

    /** {@code rows} rows of (value, value, value) for model {@code model} at {@code version} ("" = default). */
    static ModelInferRequest request(String model, String version, int rows, float value) {
        InferTensorContents.Builder contents = InferTensorContents.newBuilder();
        for (int i = 0; i < rows * 3; i++) {
            contents.addFp32Contents(value);
        }
        return ModelInferRequest.newBuilder().setModelName(model).setModelVersion(version)
                .addInputs(InferInputTensor.newBuilder().setName("x").setDatatype("FP32").addShape(rows).addShape(3)
                        .setContents(contents))
                .build();
    }

    /** The values of output y. */
    static List<Float> y(ModelInferResponse response) {
        return response.getOutputsList().stream().filter(output -> output.getName().equals("y")).findFirst()
                .orElseThrow().getContents().getFp32ContentsList();
    }
}
