package io.shopml.serving.registry;

import io.shopml.serving.tensor.Tensor;
import java.util.List;
import java.util.Map;

/**
 * What a model returns for one {@link InferenceRequest}.
 *
 * @param outputs    the output tensors; a model may return more than were requested, services
 *                   pass on only the requested ones
 * @param parameters response parameters as {@code Long}, {@code Integer}, {@code Boolean} or
 *                   {@code String}
 */
public record InferenceResult(List<Tensor> outputs, Map<String, Object> parameters) {

    /** Keeps unmodifiable copies. */
    public InferenceResult {
        outputs = List.copyOf(outputs);
        parameters = Map.copyOf(parameters);
    }
}
