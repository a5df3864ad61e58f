package io.shopml.models.artifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TensorSpecTest {

    @Test
    void equalsHashCodeAndToString_lookAtTheShapesContent() {
        TensorSpec a = new TensorSpec("history", "FP32", new long[] {-1, 24});
        TensorSpec b = new TensorSpec("history", "FP32", new long[] {-1, 24});

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new TensorSpec("history", "FP32", new long[] {-1, 12}));
        assertEquals("TensorSpec[name=history, datatype=FP32, shape=[-1, 24]]", a.toString());
    }

    @Test
    void shape_cannotBeChangedFromOutside() {
        long[] shape = {-1, 24};
        TensorSpec spec = new TensorSpec("history", "FP32", shape);

        shape[1] = 7;
        spec.shape()[0] = 7;

        assertEquals(new TensorSpec("history", "FP32", new long[] {-1, 24}), spec);
    }

    @Test
    void constructor_refusesADatatypeOutsideKServeV2_namingIt() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new TensorSpec("history", "float32", new long[] {-1, 24}));

        assertEquals("tensor 'history': datatype 'float32' is not a KServe v2 datatype, expected one of [BOOL, UINT8,"
                + " UINT16, UINT32, UINT64, INT8, INT16, INT32, INT64, FP16, FP32, FP64, BF16, BYTES]", error.getMessage());
    }

    @Test
    void constructor_refusesNegativeDimensionsOtherThanMinusOne() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new TensorSpec("image", "UINT8", new long[] {-1, 28, -2}));

        assertEquals("tensor 'image': dimension 2 is -2, expected a size >= 0 or -1 for a variable dimension",
                error.getMessage());
    }
}
