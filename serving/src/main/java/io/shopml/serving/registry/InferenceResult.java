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

    /**
     * The output called {@code name}.
     *
     * @throws IllegalStateException when the model returned none: a defect of the model, not of the request
     */
    public Tensor output(String name) {
        return outputs.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the model returned no output '" + name + "'"));
    }
}
