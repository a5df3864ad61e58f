package io.shopml.serving.tensor;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The KServe v2 tensor datatypes shopml serves, with their raw element size and the Java array a
 * {@link Tensor} of that type holds. Unsigned types are widened so every value fits: UINT8 and
 * UINT16 in {@code int[]}, UINT32 in {@code long[]}; UINT64 keeps its 64 bits in {@code long[]}
 * (read them with {@link Long#toUnsignedString(long)}).
 */
public enum DataType {
    BOOL(1, boolean[].class),
    UINT8(1, int[].class),
    UINT16(2, int[].class),
    UINT32(4, long[].class),
    UINT64(8, long[].class),
    INT8(1, int[].class),
    INT16(2, int[].class),
    INT32(4, int[].class),
    INT64(8, long[].class),
    FP32(4, float[].class),
    FP64(8, double[].class),
    /** Byte strings of any length (UTF-8 text, encoded images); raw form: 4-byte little-endian length, then the bytes. */
    BYTES(0, byte[][].class);

    private final int elementSize;
    private final Class<?> arrayType;

    DataType(int elementSize, Class<?> arrayType) {
        this.elementSize = elementSize;
        this.arrayType = arrayType;
    }

    /** Bytes per element in {@code raw_input_contents}; 0 for {@link #BYTES}, whose elements vary. */
    public int elementSize() {
        return elementSize;
    }

    /** The Java array class a tensor of this type holds, e.g. {@code float[].class} for FP32. */
    public Class<?> arrayType() {
        return arrayType;
    }

    /** The type with this KServe name (e.g. "FP32"), or empty when shopml does not serve it. */
    public static Optional<DataType> byName(String name) {
        return Arrays.stream(values()).filter(type -> type.name().equals(name)).findFirst();
    }

    /** Every served KServe name, comma separated, for error messages. */
    public static String supportedNames() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
