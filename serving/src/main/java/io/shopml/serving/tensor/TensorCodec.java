package io.shopml.serving.tensor;

import com.google.protobuf.ByteString;
import inference.GrpcPredictV2.ModelInferRequest;
import inference.GrpcPredictV2.ModelInferRequest.InferInputTensor;
import inference.GrpcPredictV2.ModelInferResponse;
import inference.GrpcPredictV2.ModelInferResponse.InferOutputTensor;
import io.shopml.serving.errors.InvalidInputException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the input tensors of a KServe v2 {@code ModelInferRequest} and writes output tensors into
 * a {@code ModelInferResponse}: the only class that knows the wire encoding. A request carries its
 * values either as typed {@code contents} in every input or as one {@code raw_input_contents}
 * entry per input (little-endian; BYTES elements as a 4-byte little-endian length and the bytes,
 * as KServe and Triton do), never both. Anything malformed is refused with an
 * {@link InvalidInputException} naming the tensor and what was expected.
 *
 * <pre>{@code
 * Map<String, Tensor> inputs = TensorCodec.decodeInputs(request);
 * ModelInferResponse response = TensorCodec.encodeOutputs(outputs, false)
 *         .setModelName(name).setId(request.getId()).build();
 * }</pre>
 */
public final class TensorCodec {

    private TensorCodec() {
    }

    /**
     * Every input of {@code request}, by name, in request order.
     *
     * @throws InvalidInputException when an input has no or a repeated name, an unknown datatype, a
     *                               negative dimension, or values that do not match its datatype
     *                               and shape; or when raw and typed contents are mixed, or the
     *                               number of raw entries differs from the number of inputs
     */
    public static Map<String, Tensor> decodeInputs(ModelInferRequest request) {
        boolean raw = request.getRawInputContentsCount() > 0;
        if (raw && request.getRawInputContentsCount() != request.getInputsCount()) {
            throw new InvalidInputException("raw_input_contents has " + request.getRawInputContentsCount()
                    + " entries but the request has " + request.getInputsCount()
                    + " inputs; send one entry per input, in input order");
        }
        Map<String, Tensor> inputs = new LinkedHashMap<>();
        for (int i = 0; i < request.getInputsCount(); i++) {
            InferInputTensor input = request.getInputs(i);
            if (input.getName().isEmpty()) {
                throw new InvalidInputException("input #" + i + " has no name");
            }
            if (inputs.containsKey(input.getName())) {
                throw new InvalidInputException("input '" + input.getName() + "' appears more than once");
            }
            inputs.put(input.getName(), raw ? decodeRaw(input, request.getRawInputContents(i)) : decodeTyped(input));
        }
        return Collections.unmodifiableMap(inputs);
    }

    /**
     * A response holding {@code outputs}, in order, as typed {@code contents} or, when
     * {@code rawOutput}, as one {@code raw_output_contents} entry per output. The caller sets the
     * model name, version and request id.
     */
    public static ModelInferResponse.Builder encodeOutputs(List<Tensor> outputs, boolean rawOutput) {
        ModelInferResponse.Builder response = ModelInferResponse.newBuilder();
        for (Tensor output : outputs) {
            InferOutputTensor.Builder tensor = InferOutputTensor.newBuilder()
                    .setName(output.name())
                    .setDatatype(output.type().name());
            for (long dim : output.shape()) {
                tensor.addShape(dim);
            }
            if (rawOutput) {
                response.addRawOutputContents(RawContents.write(output));
            } else {
                tensor.setContents(TypedContents.write(output));
            }
            response.addOutputs(tensor);
        }
        return response;
    }

    private static Tensor decodeTyped(InferInputTensor input) {
        DataType type = datatype(input);
        long[] shape = shape(input);
        int count = elementCount(input.getName(), shape);
        return new Tensor(input.getName(), type, shape,
                TypedContents.read(input.getName(), type, shape, count, input.getContents()));
    }

    private static Tensor decodeRaw(InferInputTensor input, ByteString rawValues) {
        if (!TypedContents.isEmpty(input.getContents())) {
            throw new InvalidInputException("input '" + input.getName() + "' has typed contents while the request "
                    + "uses raw_input_contents; send every input one way, not both");
        }
        DataType type = datatype(input);
        long[] shape = shape(input);
        int count = elementCount(input.getName(), shape);
        return new Tensor(input.getName(), type, shape,
                RawContents.read(input.getName(), type, shape, count, rawValues));
    }

    private static DataType datatype(InferInputTensor input) {
        return DataType.byName(input.getDatatype()).orElseThrow(() -> new InvalidInputException(
                "input '" + input.getName() + "': unknown datatype '" + input.getDatatype() + "'; expected one of "
                        + DataType.supportedNames()));
    }

    private static long[] shape(InferInputTensor input) {
        return input.getShapeList().stream().mapToLong(Long::longValue).toArray();
    }

    private static int elementCount(String name, long[] shape) {
        for (long dim : shape) {
            if (dim < 0) {
                throw new InvalidInputException("input '" + name + "': shape " + Arrays.toString(shape)
                        + " has negative dimension " + dim + "; a request gives every dimension's actual size");
            }
        }
        try {
            return Math.toIntExact(Shapes.elementCount(shape));
        } catch (ArithmeticException e) {
            throw new InvalidInputException("input '" + name + "': shape " + Arrays.toString(shape)
                    + " has more elements than a tensor can hold (" + Integer.MAX_VALUE + ")");
        }
    }
}
