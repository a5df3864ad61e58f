package io.shopml.serving.tensor;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.FieldDescriptor;
import inference.GrpcPredictV2.InferTensorContents;
import io.shopml.serving.errors.InvalidInputException;
import java.util.Arrays;
import java.util.List;

/** Tensor values in KServe's typed {@code InferTensorContents} fields, in both directions. */
final class TypedContents {

    private TypedContents() {
    }

    /** The {@code InferTensorContents} field that carries values of {@code type}. */
    static String fieldName(DataType type) {
        return switch (type) {
            case BOOL -> "bool_contents";
            case INT8, INT16, INT32 -> "int_contents";
            case INT64 -> "int64_contents";
            case UINT8, UINT16, UINT32 -> "uint_contents";
            case UINT64 -> "uint64_contents";
            case FP32 -> "fp32_contents";
            case FP64 -> "fp64_contents";
            case BYTES -> "bytes_contents";
        };
    }

    /** Whether any field of {@code contents} holds a value. */
    static boolean isEmpty(InferTensorContents contents) {
        return contents.getAllFields().isEmpty();
    }

    /**
     * The values of input {@code name} as the array {@code type} calls for.
     *
     * @throws InvalidInputException when another field than the type's is set, the number of values
     *                               differs from {@code count}, or a value is out of the type's range
     */
    static Object read(String name, DataType type, long[] shape, int count, InferTensorContents contents) {
        String expectedField = fieldName(type);
        for (FieldDescriptor field : contents.getAllFields().keySet()) {
            if (!field.getName().equals(expectedField)) {
                throw new InvalidInputException("input '" + name + "': " + type + " values belong in contents."
                        + expectedField + ", but contents." + field.getName() + " is set");
            }
        }
        FieldDescriptor field = InferTensorContents.getDescriptor().findFieldByName(expectedField);
        int given = contents.getRepeatedFieldCount(field);
        if (given != count) {
            throw new InvalidInputException("input '" + name + "': " + type + " shape " + Arrays.toString(shape)
                    + " needs " + count + " values, got " + given);
        }
        return switch (type) {
            case BOOL -> booleans(contents.getBoolContentsList());
            case INT8 -> signedInts(name, type, contents.getIntContentsList(), Byte.MIN_VALUE, Byte.MAX_VALUE);
            case INT16 -> signedInts(name, type, contents.getIntContentsList(), Short.MIN_VALUE, Short.MAX_VALUE);
            case INT32 -> signedInts(name, type, contents.getIntContentsList(), Integer.MIN_VALUE, Integer.MAX_VALUE);
            case UINT8 -> unsignedInts(name, type, contents.getUintContentsList(), 0xFF);
            case UINT16 -> unsignedInts(name, type, contents.getUintContentsList(), 0xFFFF);
            case UINT32 -> unsignedWidened(contents.getUintContentsList());
            case INT64 -> longs(contents.getInt64ContentsList());
            case UINT64 -> longs(contents.getUint64ContentsList());
            case FP32 -> floats(contents.getFp32ContentsList());
            case FP64 -> doubles(contents.getFp64ContentsList());
            case BYTES -> byteStrings(contents.getBytesContentsList());
        };
    }

    /** The values of {@code tensor} in the field its type calls for. */
    static InferTensorContents write(Tensor tensor) {
        InferTensorContents.Builder contents = InferTensorContents.newBuilder();
        switch (tensor.type()) {
            case BOOL -> {
                for (boolean value : tensor.booleans()) {
                    contents.addBoolContents(value);
                }
            }
            case INT8, INT16, INT32 -> {
                for (int value : tensor.ints()) {
                    contents.addIntContents(value);
                }
            }
            case UINT8, UINT16 -> {
                for (int value : tensor.ints()) {
                    contents.addUintContents(value);
                }
            }
            case UINT32 -> {
                for (long value : tensor.longs()) {
                    contents.addUintContents((int) value);
                }
            }
            case INT64 -> {
                for (long value : tensor.longs()) {
                    contents.addInt64Contents(value);
                }
            }
            case UINT64 -> {
                for (long value : tensor.longs()) {
                    contents.addUint64Contents(value);
                }
            }
            case FP32 -> {
                for (float value : tensor.floats()) {
                    contents.addFp32Contents(value);
                }
            }
            case FP64 -> {
                for (double value : tensor.doubles()) {
                    contents.addFp64Contents(value);
                }
            }
            case BYTES -> {
                for (byte[] value : tensor.bytes()) {
                    contents.addBytesContents(ByteString.copyFrom(value));
                }
            }
        }
        return contents.build();
    }

    private static boolean[] booleans(List<Boolean> values) {
        boolean[] array = new boolean[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }

    private static int[] signedInts(String name, DataType type, List<Integer> values, int min, int max) {
        int[] array = new int[values.size()];
        for (int i = 0; i < array.length; i++) {
            int value = values.get(i);
            if (value < min || value > max) {
                throw new InvalidInputException("input '" + name + "': " + type + " value " + value + " at index " + i
                        + " is outside [" + min + ", " + max + "]");
            }
            array[i] = value;
        }
        return array;
    }

    private static int[] unsignedInts(String name, DataType type, List<Integer> values, int max) {
        int[] array = new int[values.size()];
        for (int i = 0; i < array.length; i++) {
            int value = values.get(i);
            if (Integer.compareUnsigned(value, max) > 0) {
                throw new InvalidInputException("input '" + name + "': " + type + " value "
                        + Integer.toUnsignedString(value) + " at index " + i + " is outside [0, " + max + "]");
            }
            array[i] = value;
        }
        return array;
    }

    private static long[] unsignedWidened(List<Integer> values) {
        long[] array = new long[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = Integer.toUnsignedLong(values.get(i));
        }
        return array;
    }

    private static long[] longs(List<Long> values) {
        long[] array = new long[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }

    private static float[] floats(List<Float> values) {
        float[] array = new float[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }

    private static double[] doubles(List<Double> values) {
        double[] array = new double[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }

    private static byte[][] byteStrings(List<ByteString> values) {
        byte[][] array = new byte[values.size()][];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i).toByteArray();
        }
        return array;
    }
}
