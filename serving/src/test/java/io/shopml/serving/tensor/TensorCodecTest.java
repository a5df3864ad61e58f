package io.shopml.serving.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.protobuf.ByteString;
import inference.GrpcPredictV2.InferTensorContents;
import inference.GrpcPredictV2.ModelInferRequest;
import inference.GrpcPredictV2.ModelInferRequest.InferInputTensor;
import inference.GrpcPredictV2.ModelInferResponse;
import inference.GrpcPredictV2.ModelInferResponse.InferOutputTensor;
import io.shopml.serving.errors.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TensorCodecTest {

    /** One tensor of every datatype, with the extreme values of each. */
    private static final List<Tensor> EVERY_TYPE = List.of(
            new Tensor("bool", DataType.BOOL, new long[] {2}, new boolean[] {true, false}),
            new Tensor("uint8", DataType.UINT8, new long[] {3}, new int[] {0, 200, 255}),
            new Tensor("uint16", DataType.UINT16, new long[] {2}, new int[] {0, 65535}),
            new Tensor("uint32", DataType.UINT32, new long[] {2}, new long[] {0, 4294967295L}),
            new Tensor("uint64", DataType.UINT64, new long[] {2}, new long[] {0, -1L}),
            new Tensor("int8", DataType.INT8, new long[] {2}, new int[] {-128, 127}),
            new Tensor("int16", DataType.INT16, new long[] {2}, new int[] {-32768, 32767}),
            new Tensor("int32", DataType.INT32, new long[] {2}, new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE}),
            new Tensor("int64", DataType.INT64, new long[] {2}, new long[] {Long.MIN_VALUE, Long.MAX_VALUE}),
            new Tensor("fp32", DataType.FP32, new long[] {2, 2}, new float[] {1.5f, -2f, Float.NaN, Float.MAX_VALUE}),
            new Tensor("fp64", DataType.FP64, new long[] {}, new double[] {Math.PI}),
            new Tensor("bytes", DataType.BYTES, new long[] {2},
                    new byte[][] {"héllo".getBytes(StandardCharsets.UTF_8), new byte[0]}));

    @Test
    void typedContents_roundTripEveryDatatype() {
        ModelInferResponse response = TensorCodec.encodeOutputs(EVERY_TYPE, false).build();

        assertEquals(0, response.getRawOutputContentsCount());
        assertEquals(EVERY_TYPE, List.copyOf(TensorCodec.decodeInputs(asRequest(response)).values()));
    }

    @Test
    void rawContents_roundTripEveryDatatype() {
        ModelInferResponse response = TensorCodec.encodeOutputs(EVERY_TYPE, true).build();

        assertEquals(EVERY_TYPE.size(), response.getRawOutputContentsCount());
        assertEquals(EVERY_TYPE, List.copyOf(TensorCodec.decodeInputs(asRequest(response)).values()));
    }

    @Test
    void rawContents_areLittleEndian_andBytesAreLengthPrefixed() {
        ModelInferResponse response = TensorCodec.encodeOutputs(List.of(
                new Tensor("f", DataType.FP32, new long[] {1}, new float[] {1.0f}),
                new Tensor("s", DataType.BYTES, new long[] {1}, new byte[][] {{'h', 'i'}})), true).build();

        assertArrayEquals(new byte[] {0, 0, (byte) 0x80, 0x3f}, response.getRawOutputContents(0).toByteArray());
        assertArrayEquals(new byte[] {2, 0, 0, 0, 'h', 'i'}, response.getRawOutputContents(1).toByteArray());
    }

    @Test
    void decodeInputs_typedAndRawEncodingsOfTheSameValues_giveEqualTensors() {
        ModelInferRequest typed = ModelInferRequest.newBuilder()
                .addInputs(fp32Input("x", 1, 2).setContents(InferTensorContents.newBuilder()
                        .addFp32Contents(0.5f).addFp32Contents(-3f)))
                .build();
        ModelInferRequest raw = ModelInferRequest.newBuilder()
                .addInputs(fp32Input("x", 1, 2))
                .addRawInputContents(ByteString.copyFrom(new byte[] {0, 0, 0, 0x3f, 0, 0, 0x40, (byte) 0xc0}))
                .build();

        assertEquals(TensorCodec.decodeInputs(typed), TensorCodec.decodeInputs(raw));
    }

    @Test
    void decodeInputs_tooFewValues_namesTensorShapeAndCounts() {
        InferTensorContents.Builder values = InferTensorContents.newBuilder();
        for (int i = 0; i < 47; i++) {
            values.addFp32Contents(i);
        }

        assertEquals("input 'history': FP32 shape [2, 24] needs 48 values, got 47",
                message(ModelInferRequest.newBuilder().addInputs(fp32Input("history", 2, 24).setContents(values))));
    }

    @Test
    void decodeInputs_valuesInTheWrongContentsField_nameTheExpectedField() {
        InferInputTensor.Builder input = fp32Input("x", 1)
                .setContents(InferTensorContents.newBuilder().addFp64Contents(1.0));

        assertEquals("input 'x': FP32 values belong in contents.fp32_contents, but contents.fp64_contents is set",
                message(ModelInferRequest.newBuilder().addInputs(input)));
    }

    @Test
    void decodeInputs_rawAndTypedContentsMixed_isRefused() {
        ModelInferRequest.Builder request = ModelInferRequest.newBuilder()
                .addInputs(fp32Input("a", 1))
                .addInputs(fp32Input("b", 1).setContents(InferTensorContents.newBuilder().addFp32Contents(1f)))
                .addRawInputContents(ByteString.copyFrom(new byte[4]))
                .addRawInputContents(ByteString.copyFrom(new byte[4]));

        assertEquals("input 'b' has typed contents while the request uses raw_input_contents; send every input one"
                + " way, not both", message(request));
    }

    @Test
    void decodeInputs_rawEntriesNotOnePerInput_isRefused() {
        ModelInferRequest.Builder request = ModelInferRequest.newBuilder()
                .addInputs(fp32Input("a", 1))
                .addInputs(fp32Input("b", 1))
                .addRawInputContents(ByteString.copyFrom(new byte[4]));

        assertEquals("raw_input_contents has 1 entries but the request has 2 inputs; send one entry per input,"
                + " in input order", message(request));
    }

    @Test
    void decodeInputs_rawByteLengthThatDoesNotMatchTheShape_namesBothLengths() {
        ModelInferRequest.Builder request = ModelInferRequest.newBuilder()
                .addInputs(fp32Input("x", 2, 3))
                .addRawInputContents(ByteString.copyFrom(new byte[23]));

        assertEquals("input 'x': FP32 shape [2, 3] needs 24 raw bytes (6 values x 4 bytes), got 23", message(request));
    }

    @Test
    void decodeInputs_negativeDimension_isRefused() {
        assertEquals("input 'x': shape [-1, 3] has negative dimension -1; a request gives every dimension's actual"
                + " size", message(ModelInferRequest.newBuilder().addInputs(fp32Input("x", -1, 3))));
    }

    @Test
    void decodeInputs_shapeTooLargeForATensor_isRefusedBeforeAllocating() {
        assertEquals("input 'x': shape [100000, 100000] has more elements than a tensor can hold (2147483647)",
                message(ModelInferRequest.newBuilder().addInputs(fp32Input("x", 100_000, 100_000))));
    }

    @Test
    void decodeInputs_unknownDatatype_listsTheSupportedOnes() {
        InferInputTensor.Builder input = InferInputTensor.newBuilder().setName("x").setDatatype("FP128").addShape(1);

        assertEquals("input 'x': unknown datatype 'FP128'; expected one of " + DataType.supportedNames(),
                message(ModelInferRequest.newBuilder().addInputs(input)));
    }

    @Test
    void decodeInputs_int8ValueOutOfRange_namesValueAndIndex() {
        InferInputTensor.Builder input = InferInputTensor.newBuilder().setName("q").setDatatype("INT8").addShape(2)
                .setContents(InferTensorContents.newBuilder().addIntContents(5).addIntContents(300));

        assertEquals("input 'q': INT8 value 300 at index 1 is outside [-128, 127]",
                message(ModelInferRequest.newBuilder().addInputs(input)));
    }

    @Test
    void decodeInputs_uint8ValueOutOfRange_namesValueAndIndex() {
        InferInputTensor.Builder input = InferInputTensor.newBuilder().setName("image").setDatatype("UINT8").addShape(1)
                .setContents(InferTensorContents.newBuilder().addUintContents(256));

        assertEquals("input 'image': UINT8 value 256 at index 0 is outside [0, 255]",
                message(ModelInferRequest.newBuilder().addInputs(input)));
    }

    @Test
    void decodeInputs_rawBoolOtherThanZeroOrOne_isRefused() {
        ModelInferRequest.Builder request = ModelInferRequest.newBuilder()
                .addInputs(InferInputTensor.newBuilder().setName("mask").setDatatype("BOOL").addShape(2))
                .addRawInputContents(ByteString.copyFrom(new byte[] {1, 2}));

        assertEquals("input 'mask': BOOL raw byte 2 at index 1 must be 0 or 1", message(request));
    }

    @Test
    void decodeInputs_rawBytesElementLongerThanWhatRemains_isRefused() {
        ModelInferRequest.Builder request = ModelInferRequest.newBuilder()
                .addInputs(InferInputTensor.newBuilder().setName("text").setDatatype("BYTES").addShape(1))
                .addRawInputContents(ByteString.copyFrom(new byte[] {9, 0, 0, 0, 'h', 'i'}));

        assertEquals("input 'text': BYTES element 0 declares 9 bytes but only 2 remain in raw_input_contents",
                message(request));
    }

    @Test
    void decodeInputs_rawBytesWithTrailingBytes_isRefused() {
        ModelInferRequest.Builder request = ModelInferRequest.newBuilder()
                .addInputs(InferInputTensor.newBuilder().setName("text").setDatatype("BYTES").addShape(1))
                .addRawInputContents(ByteString.copyFrom(new byte[] {1, 0, 0, 0, 'h', 'i'}));

        assertEquals("input 'text': BYTES shape [1] needs 1 elements, but raw_input_contents has 1 bytes left after"
                + " them", message(request));
    }

    @Test
    void decodeInputs_rawBytesTooShortForTheShape_isRefusedBeforeAllocating() {
        ModelInferRequest.Builder request = ModelInferRequest.newBuilder()
                .addInputs(InferInputTensor.newBuilder().setName("text").setDatatype("BYTES").addShape(1_000_000))
                .addRawInputContents(ByteString.copyFrom(new byte[] {0, 0, 0, 0}));

        assertEquals("input 'text': BYTES shape [1000000] needs 1000000 length-prefixed elements (4 bytes or more"
                + " each), raw_input_contents has only 4 bytes", message(request));
    }

    @Test
    void decodeInputs_sameNameTwice_isRefused() {
        ModelInferRequest.Builder request = ModelInferRequest.newBuilder()
                .addInputs(fp32Input("x", 0))
                .addInputs(fp32Input("x", 0));

        assertEquals("input 'x' appears more than once", message(request));
    }

    @Test
    void decodeInputs_inputWithoutName_namesItsPosition() {
        assertEquals("input #0 has no name", message(ModelInferRequest.newBuilder().addInputs(fp32Input("", 0))));
    }

    @Test
    void decodeInputs_keepsRequestOrder() {
        ModelInferRequest request = ModelInferRequest.newBuilder()
                .addInputs(fp32Input("z", 0))
                .addInputs(fp32Input("a", 0))
                .addInputs(fp32Input("m", 0))
                .build();

        Map<String, Tensor> inputs = TensorCodec.decodeInputs(request);

        assertEquals(List.of("z", "a", "m"), List.copyOf(inputs.keySet()));
    }

    private static InferInputTensor.Builder fp32Input(String name, long... shape) {
        InferInputTensor.Builder input = InferInputTensor.newBuilder().setName(name).setDatatype("FP32");
        for (long dim : shape) {
            input.addShape(dim);
        }
        return input;
    }

    private static String message(ModelInferRequest.Builder request) {
        return assertThrows(InvalidInputException.class, () -> TensorCodec.decodeInputs(request.build())).getMessage();
    }

    /** The request a client would send to feed a response's outputs back in, in the same encoding. */
    private static ModelInferRequest asRequest(ModelInferResponse response) {
        ModelInferRequest.Builder request = ModelInferRequest.newBuilder();
        for (InferOutputTensor output : response.getOutputsList()) {
            InferInputTensor.Builder input = InferInputTensor.newBuilder()
                    .setName(output.getName())
                    .setDatatype(output.getDatatype())
                    .addAllShape(output.getShapeList());
            if (output.hasContents()) {
                input.setContents(output.getContents());
            }
            request.addInputs(input);
        }
        request.addAllRawInputContents(response.getRawOutputContentsList());
        return request.build();
    }
}
