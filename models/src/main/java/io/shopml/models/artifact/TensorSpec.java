package io.shopml.models.artifact;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One named input or output tensor of a model, in the terms of the KServe v2 inference protocol, so the
 * server can check a request against the model's signature before the model sees it.
 *
 * <p>Example: {@code new TensorSpec("history", "FP32", new long[] {-1, 24})} is a batch of any size of
 * 24-step sales windows.
 *
 * @param name tensor name as used in {@code ModelInfer} requests
 * @param datatype KServe v2 datatype: {@code BOOL}, {@code UINT8}..{@code UINT64}, {@code INT8}..{@code
 *     INT64}, {@code FP16}, {@code FP32}, {@code FP64}, {@code BF16} or {@code BYTES}
 * @param shape dimensions, {@code -1} for a variable one (usually the batch)
 * @param optional whether a request may leave this input out (as Triton's {@code optional: true}), e.g.
 *     a model that takes either raw pixels or encoded image bytes; absent from the JSON when false
 */
public record TensorSpec(String name, String datatype, long[] shape,
                         @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean optional) {

    private static final List<String> DATATYPES = List.of(
            "BOOL", "UINT8", "UINT16", "UINT32", "UINT64", "INT8", "INT16", "INT32", "INT64",
            "FP16", "FP32", "FP64", "BF16", "BYTES");

    /** Validates the datatype and every dimension, and keeps its own copy of the shape. */
    public TensorSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("tensor name is missing or blank");
        }
        if (!DATATYPES.contains(datatype)) {
            throw new IllegalArgumentException("tensor '" + name + "': datatype '" + datatype
                    + "' is not a KServe v2 datatype, expected one of " + DATATYPES);
        }
        if (shape == null) {
            throw new IllegalArgumentException("tensor '" + name + "': shape is missing");
        }
        shape = shape.clone();
        for (int axis = 0; axis < shape.length; axis++) {
            if (shape[axis] < -1) {
                throw new IllegalArgumentException("tensor '" + name + "': dimension " + axis + " is "
                        + shape[axis] + ", expected a size >= 0 or -1 for a variable dimension");
            }
        }
    }

    /** A tensor every request must carry. */
    public TensorSpec(String name, String datatype, long[] shape) {
        this(name, datatype, shape, false);
    }

    /** Returns a copy: the spec stays immutable. */
    @Override
    public long[] shape() {
        return shape.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TensorSpec that
                && name.equals(that.name)
                && datatype.equals(that.datatype)
                && Arrays.equals(shape, that.shape)
                && optional == that.optional;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, datatype, Arrays.hashCode(shape), optional);
    }

    @Override
    public String toString() {
        return "TensorSpec[name=" + name + ", datatype=" + datatype + ", shape=" + Arrays.toString(shape)
                + (optional ? ", optional" : "") + "]";
    }
}
