package io.shopml.serving.tensor;

import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.Objects;

/**
 * A named, typed, shaped tensor whose values are one flat row-major Java array: what models
 * receive and return, free of protobuf. The array class follows {@link DataType#arrayType()}
 * (float[] for FP32, double[] for FP64, long[] for INT64, int[] for INT8..INT32, byte[][] for
 * BYTES, boolean[] for BOOL) and its length is the product of the shape; the constructor refuses
 * anything else. The tensor takes the array as is, without copying: do not change it afterwards.
 *
 * <pre>{@code
 * Tensor forecast = new Tensor("forecast", DataType.FP32, new long[] {2, 3}, new float[6]);
 * float[] values = forecast.floats();
 * }</pre>
 *
 * @param name  the tensor's name in the model signature, e.g. "history"
 * @param type  its datatype
 * @param shape its dimensions, all non-negative
 * @param data  its values, flat and row-major, as the array {@code type} calls for
 */
public record Tensor(String name, DataType type, long[] shape, Object data) {

    public Tensor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        shape = shape.clone();
        for (long dim : shape) {
            if (dim < 0) {
                throw new IllegalArgumentException(
                        "tensor '" + name + "': shape " + Arrays.toString(shape) + " has a negative dimension");
            }
        }
        if (!type.arrayType().isInstance(data)) {
            throw new IllegalArgumentException("tensor '" + name + "': " + type + " values must be a "
                    + type.arrayType().getSimpleName() + ", got " + data.getClass().getSimpleName());
        }
        long count = Shapes.elementCount(shape);
        int length = Array.getLength(data);
        if (length != count) {
            throw new IllegalArgumentException("tensor '" + name + "': " + type + " shape " + Arrays.toString(shape)
                    + " needs " + count + " values, got " + length);
        }
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** The number of values: the product of the shape. */
    public long elementCount() {
        return Array.getLength(data);
    }

    /** The values of an FP32 tensor. */
    public float[] floats() {
        return values(float[].class);
    }

    /** The values of an FP64 tensor. */
    public double[] doubles() {
        return values(double[].class);
    }

    /** The values of an INT64, UINT32 or UINT64 tensor. */
    public long[] longs() {
        return values(long[].class);
    }

    /** The values of an INT8, INT16, INT32, UINT8 or UINT16 tensor. */
    public int[] ints() {
        return values(int[].class);
    }

    /** The elements of a BYTES tensor. */
    public byte[][] bytes() {
        return values(byte[][].class);
    }

    /** The values of a BOOL tensor. */
    public boolean[] booleans() {
        return values(boolean[].class);
    }

    private <A> A values(Class<A> arrayType) {
        if (!arrayType.isInstance(data)) {
            throw new IllegalStateException("tensor '" + name + "' is " + type + " and holds "
                    + type.arrayType().getSimpleName() + ", not " + arrayType.getSimpleName());
        }
        return arrayType.cast(data);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tensor that
                && name.equals(that.name)
                && type == that.type
                && Arrays.equals(shape, that.shape)
                && Arrays.deepEquals(new Object[] {data}, new Object[] {that.data});
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, Arrays.hashCode(shape), Arrays.deepHashCode(new Object[] {data}));
    }

    @Override
    public String toString() {
        return "Tensor[" + name + " " + type + " " + Arrays.toString(shape) + "]";
    }
}
