package io.shopml.evaluation.serve;

import inference.GrpcPredictV2.InferTensorContents;
import inference.GrpcPredictV2.ModelInferRequest;
import io.shopml.datasets.timeseries.TimeSeries;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * KServe v2 requests for a forecaster built from real series: every {@code window}-long history
 * ending inside the test part (the last {@code 2 x horizon} periods), cycled.
 */
public final class ForecastInferRequests implements IntFunction<ModelInferRequest> {

    private final List<ModelInferRequest> requests = new ArrayList<>();

    public ForecastInferRequests(List<TimeSeries> series, String model, int window, int horizon) {
        for (TimeSeries s : series) {
            double[] values = s.values();
            for (int end = Math.max(window, values.length - 2 * horizon); end <= values.length - horizon; end++) {
                requests.add(request(model, values, end - window, window));
            }
        }
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("no series is long enough for window " + window + " and horizon "
                    + horizon);
        }
    }

    public int distinctRequests() {
        return requests.size();
    }

    @Override
    public ModelInferRequest apply(int index) {
        return requests.get(index % requests.size());
    }

    /** One {@code history} FP32 [1, window] request from {@code values[from, from + window)}. */
    public static ModelInferRequest request(String model, double[] values, int from, int window) {
        InferTensorContents.Builder contents = InferTensorContents.newBuilder();
        for (int i = from; i < from + window; i++) {
            contents.addFp32Contents((float) values[i]);
        }
        return ModelInferRequest.newBuilder()
                .setModelName(model)
                .addInputs(ModelInferRequest.InferInputTensor.newBuilder()
                        .setName("history")
                        .setDatatype("FP32")
                        .addShape(1)
                        .addShape(window)
                        .setContents(contents))
                .build();
    }
}
