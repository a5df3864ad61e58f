package io.shopml.serving.registry;

import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.TensorSpec;
import io.shopml.serving.errors.InvalidInputException;
import io.shopml.serving.tensor.Tensor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a request against a model's declared signature, so models receive only well-formed
 * tensors and clients learn exactly what the model expects. Every service calls it before
 * {@link ServableModel#infer}.
 *
 * <pre>{@code
 * SignatureValidator.validate(model.manifest(), request);
 * InferenceResult result = model.infer(request);
 * }</pre>
 */
public final class SignatureValidator {

    private SignatureValidator() {
    }

    /**
     * Checks the inputs and the requested outputs of {@code request}.
     *
     * @throws InvalidInputException naming the first offending tensor and what the model expects
     */
    public static void validate(Manifest manifest, InferenceRequest request) {
        validateInputs(manifest, request.inputs());
        validateRequestedOutputs(manifest, request.requestedOutputs());
    }

    /**
     * Checks that {@code inputs} are exactly the model's inputs (optional ones may be left out), each with the declared datatype,
     * rank and every fixed dimension (-1 in the manifest accepts any size).
     *
     * @throws InvalidInputException for an unknown or missing input, a wrong datatype, rank or
     *                               dimension, naming the input and what the model expects
     */
    public static void validateInputs(Manifest manifest, Map<String, Tensor> inputs) {
        List<TensorSpec> specs = manifest.inputs();
        for (String name : inputs.keySet()) {
            if (specs.stream().noneMatch(spec -> spec.name().equals(name))) {
                throw new InvalidInputException("unknown input '" + name + "'; model '" + manifest.name()
                        + "' expects: " + describe(specs));
            }
        }
        for (TensorSpec spec : specs) {
            Tensor input = inputs.get(spec.name());
            if (input == null && spec.optional()) {
                continue;
            }
            if (input == null) {
                throw new InvalidInputException("missing input '" + spec.name() + "'; model '" + manifest.name()
                        + "' expects: " + describe(specs));
            }
            validateInput(manifest.name(), spec, input);
        }
    }

    /**
     * Checks that every requested output is one the model declares.
     *
     * @throws InvalidInputException naming the unknown output and the model's outputs
     */
    public static void validateRequestedOutputs(Manifest manifest, Set<String> requestedOutputs) {
        List<TensorSpec> specs = manifest.outputs();
        for (String name : requestedOutputs) {
            if (specs.stream().noneMatch(spec -> spec.name().equals(name))) {
                throw new InvalidInputException("unknown output '" + name + "' requested; model '" + manifest.name()
                        + "' has outputs: " + describe(specs));
            }
        }
    }

    private static void validateInput(String model, TensorSpec spec, Tensor input) {
        if (!input.type().name().equals(spec.datatype())) {
            throw new InvalidInputException("input '" + spec.name() + "': datatype " + input.type() + ", but model '"
                    + model + "' expects " + spec.datatype());
        }
        long[] expected = spec.shape();
        long[] actual = input.shape();
        if (actual.length != expected.length) {
            throw new InvalidInputException("input '" + spec.name() + "': shape " + Arrays.toString(actual)
                    + " has rank " + actual.length + ", but model '" + model + "' expects rank " + expected.length
                    + ": " + Arrays.toString(expected));
        }
        for (int axis = 0; axis < expected.length; axis++) {
            if (expected[axis] != -1 && expected[axis] != actual[axis]) {
                throw new InvalidInputException("input '" + spec.name() + "': shape " + Arrays.toString(actual)
                        + " has " + actual[axis] + " at dimension " + axis + ", but model '" + model + "' expects "
                        + expected[axis] + ": " + Arrays.toString(expected));
            }
        }
    }

    private static String describe(List<TensorSpec> specs) {
        return specs.stream()
                .map(spec -> spec.name() + " " + spec.datatype() + " " + Arrays.toString(spec.shape()))
                .collect(Collectors.joining(", "));
    }
}
