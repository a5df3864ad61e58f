package io.shopml.serving.tensor;

import com.google.protobuf.ByteString;
import io.shopml.serving.errors.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Tensor values as KServe/Triton raw bytes, in both directions: fixed-size elements flattened
 * row-major in little-endian order; BYTES elements each as a 4-byte little-endian length followed
 * by that many bytes.
 */
final class RawContents {

    private RawContents() {
    }

    /**
     * The values of input {@code name} as the array {@code type} calls for.
     *
     * @throws InvalidInputException when the byte length does not match {@code count} elements of
     *                               {@code type}, or a BOOL byte is neither 0 nor 1
     */
    static Object read(String name, DataType type, long[] shape, int count, ByteString raw) {
        if (type != DataType.BYTES) {
            requireFixedLength(name, type, shape, count, raw);
        }
        ByteBuffer buffer = raw.asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        return switch (type) {
            case BOOL -> readBooleans(name, buffer, count);
            case INT8 -> {
                int[] values = new int[count];
                for (int i = 0; i < count; i++) {
                    values[i] = buffer.get();
                }
                yield values;
            }
            case UINT8 -> {
                int[] values = new int[count];
                for (int i = 0; i < count; i++) {
                    values[i] = Byte.toUnsignedInt(buffer.get());
                }
                yield values;
            }
            case INT16 -> {
                int[] values = new int[count];
                for (int i = 0; i < count; i++) {
                    values[i] = buffer.getShort();
                }
                yield values;
            }
            case UINT16 -> {
                int[] values = new int[count];
                for (int i = 0; i < count; i++) {
                    values[i] = Short.toUnsignedInt(buffer.getShort());
                }
                yield values;
            }
            case INT32 -> {
                int[] values = new int[count];
                buffer.asIntBuffer().get(values);
                yield values;
            }
            case UINT32 -> {
                long[] values = new long[count];
                for (int i = 0; i < count; i++) {
                    values[i] = Integer.toUnsignedLong(buffer.getInt());
                }
                yield values;
            }
            case INT64, UINT64 -> {
                long[] values = new long[count];
                buffer.asLongBuffer().get(values);
                yield values;
            }
            case FP32 -> {
                float[] values = new float[count];
                buffer.asFloatBuffer().get(values);
                yield values;
            }
            case FP64 -> {
                double[] values = new double[count];
                buffer.asDoubleBuffer().get(values);
                yield values;
            }
            case BYTES -> readByteStrings(name, shape, count, buffer);
        };
    }

    /** The values of {@code tensor} as raw bytes. */
    static ByteString write(Tensor tensor) {
        ByteBuffer buffer = ByteBuffer.allocate(rawSize(tensor)).order(ByteOrder.LITTLE_ENDIAN);
        switch (tensor.type()) {
            case BOOL -> {
                for (boolean value : tensor.booleans()) {
                    buffer.put((byte) (value ? 1 : 0));
                }
            }
            case INT8, UINT8 -> {
                for (int value : tensor.ints()) {
                    buffer.put((byte) value);
                }
            }
            case INT16, UINT16 -> {
                for (int value : tensor.ints()) {
                    buffer.putShort((short) value);
                }
            }
            case INT32 -> buffer.asIntBuffer().put(tensor.ints());
            case UINT32 -> {
                for (long value : tensor.longs()) {
                    buffer.putInt((int) value);
                }
            }
            case INT64, UINT64 -> buffer.asLongBuffer().put(tensor.longs());
            case FP32 -> buffer.asFloatBuffer().put(tensor.floats());
            case FP64 -> buffer.asDoubleBuffer().put(tensor.doubles());
            case BYTES -> {
                for (byte[] value : tensor.bytes()) {
                    buffer.putInt(value.length);
                    buffer.put(value);
                }
            }
        }
        return ByteString.copyFrom(buffer.array());
    }

    private static void requireFixedLength(String name, DataType type, long[] shape, int count, ByteString raw) {
        long expected = (long) count * type.elementSize();
        if (raw.size() != expected) {
            throw new InvalidInputException("input '" + name + "': " + type + " shape " + Arrays.toString(shape)
                    + " needs " + expected + " raw bytes (" + count + " values x " + type.elementSize()
                    + " bytes), got " + raw.size());
        }
    }

    private static int rawSize(Tensor tensor) {
        if (tensor.type() != DataType.BYTES) {
            return Math.toIntExact(tensor.elementCount() * tensor.type().elementSize());
        }
        int size = 0;
        for (byte[] value : tensor.bytes()) {
            size = Math.addExact(size, Integer.BYTES + value.length);
        }
        return size;
    }

    private static boolean[] readBooleans(String name, ByteBuffer buffer, int count) {
        boolean[] values = new boolean[count];
        for (int i = 0; i < count; i++) {
            byte value = buffer.get();
            if (value != 0 && value != 1) {
                throw new InvalidInputException("input '" + name + "': BOOL raw byte " + value + " at index " + i
                        + " must be 0 or 1");
            }
            values[i] = value == 1;
        }
        return values;
    }

    private static byte[][] readByteStrings(String name, long[] shape, int count, ByteBuffer buffer) {
        if (count > buffer.remaining() / Integer.BYTES) {
            throw new InvalidInputException("input '" + name + "': BYTES shape " + Arrays.toString(shape) + " needs "
                    + count + " length-prefixed elements (4 bytes or more each), raw_input_contents has only "
                    + buffer.remaining() + " bytes");
        }
        byte[][] values = new byte[count][];
        for (int i = 0; i < count; i++) {
            if (buffer.remaining() < Integer.BYTES) {
                throw new InvalidInputException("input '" + name + "': BYTES shape " + Arrays.toString(shape)
                        + " needs " + count + " elements, raw_input_contents holds only " + i);
            }
            long length = Integer.toUnsignedLong(buffer.getInt());
            if (length > buffer.remaining()) {
                throw new InvalidInputException("input '" + name + "': BYTES element " + i + " declares " + length
                        + " bytes but only " + buffer.remaining() + " remain in raw_input_contents");
            }
            values[i] = new byte[(int) length];
            buffer.get(values[i]);
        }
        if (buffer.hasRemaining()) {
            throw new InvalidInputException("input '" + name + "': BYTES shape " + Arrays.toString(shape) + " needs "
                    + count + " elements, but raw_input_contents has " + buffer.remaining()
                    + " bytes left after them");
        }
        return values;
    }
}
