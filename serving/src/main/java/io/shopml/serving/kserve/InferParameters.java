package io.shopml.serving.kserve;

import inference.GrpcPredictV2.InferParameter;
import inference.GrpcPredictV2.ModelInferRequest;
import inference.GrpcPredictV2.ModelInferRequest.InferRequestedOutputTensor;
import io.shopml.serving.errors.InvalidInputException;
import io.shopml.serving.registry.InferenceRequest;
import io.shopml.serving.tensor.TensorCodec;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** KServe {@code InferParameter} maps to plain Java values ({@code Long}, {@code Boolean}, {@code String}) and back. */
public final class InferParameters {

    private InferParameters() {
    }

    /**
     * The request's parameters as Java values.
     *
     * @throws InvalidInputException when a parameter carries no value
     */
    static Map<String, Object> toJava(Map<String, InferParameter> parameters) {
        Map<String, Object> values = new LinkedHashMap<>();
        parameters.forEach((name, parameter) -> values.put(name, switch (parameter.getParameterChoiceCase()) {
            case BOOL_PARAM -> parameter.getBoolParam();
            case INT64_PARAM -> parameter.getInt64Param();
            case STRING_PARAM -> parameter.getStringParam();
            case PARAMETERCHOICE_NOT_SET -> throw new InvalidInputException("parameter '" + name
                    + "' has no value; set one of bool_param, int64_param, string_param");
        }));
        return values;
    }

    /**
     * A KServe request as a model sees it: inputs decoded, parameters as Java values, the
     * requested output names.
     *
     * @throws InvalidInputException when an input or parameter cannot be decoded
     */
    public static InferenceRequest toInference(ModelInferRequest request) {
        Set<String> requestedOutputs = new LinkedHashSet<>();
        for (InferRequestedOutputTensor output : request.getOutputsList()) {
            requestedOutputs.add(output.getName());
        }
        return new InferenceRequest(TensorCodec.decodeInputs(request), toJava(request.getParametersMap()),
                requestedOutputs);
    }

    /**
     * A model's response parameters in protobuf form.
     *
     * @throws IllegalArgumentException when a value is not a Boolean, Integer, Long or String
     */
    static Map<String, InferParameter> toProto(Map<String, Object> parameters) {
        Map<String, InferParameter> values = new LinkedHashMap<>();
        parameters.forEach((name, value) -> values.put(name, toProto(name, value)));
        return values;
    }

    private static InferParameter toProto(String name, Object value) {
        InferParameter.Builder parameter = InferParameter.newBuilder();
        if (value instanceof Boolean flag) {
            return parameter.setBoolParam(flag).build();
        }
        if (value instanceof Long || value instanceof Integer) {
            return parameter.setInt64Param(((Number) value).longValue()).build();
        }
        if (value instanceof String text) {
            return parameter.setStringParam(text).build();
        }
        throw new IllegalArgumentException("response parameter '" + name + "' is a "
                + value.getClass().getSimpleName() + "; KServe parameters are Boolean, Integer, Long or String");
    }
}
