package io.shopml.serving.registry;

import io.shopml.serving.tensor.Tensor;
import java.util.Map;
import java.util.Set;

/**
 * One inference call as a model sees it, free of protobuf.
 *
 * @param inputs           the input tensors by name
 * @param parameters       request parameters as {@code Long}, {@code Boolean} or {@code String}
 * @param requestedOutputs the outputs the caller wants; empty means all of them
 */
public record InferenceRequest(Map<String, Tensor> inputs, Map<String, Object> parameters,
                               Set<String> requestedOutputs) {

    /** Keeps unmodifiable copies. */
    public InferenceRequest {
        inputs = Map.copyOf(inputs);
        parameters = Map.copyOf(parameters);
        requestedOutputs = Set.copyOf(requestedOutputs);
    }
}
