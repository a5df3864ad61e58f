package io.shopml.serving.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TensorTest {

    @Test
    void typedAccessor_returnsTheValues_andElementCountIsTheShapeProduct() {
        Tensor tensor = new Tensor("x", DataType.FP32, new long[] {2, 3}, new float[] {1, 2, 3, 4, 5, 6});

        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, tensor.floats());
        assertEquals(6, tensor.elementCount());
    }

    @Test
    void typedAccessor_ofAnotherType_failsNamingTensorAndType() {
        Tensor tensor = new Tensor("ids", DataType.INT64, new long[] {2}, new long[] {7, 8});

        IllegalStateException error = assertThrows(IllegalStateException.class, tensor::floats);

        assertEquals("tensor 'ids' is INT64 and holds long[], not float[]", error.getMessage());
    }

    @Test
    void constructor_refusesAnArrayOfAnotherType() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new Tensor("x", DataType.FP32, new long[] {2}, new double[2]));

        assertEquals("tensor 'x': FP32 values must be a float[], got double[]", error.getMessage());
    }

    @Test
    void constructor_refusesALengthThatDiffersFromTheShape() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new Tensor("history", DataType.FP32, new long[] {2, 24}, new float[47]));

        assertEquals("tensor 'history': FP32 shape [2, 24] needs 48 values, got 47", error.getMessage());
    }

    @Test
    void shape_isACopy_soTheTensorCannotBeReshapedFromOutside() {
        long[] shape = {1, 2};
        Tensor tensor = new Tensor("x", DataType.INT32, shape, new int[2]);

        shape[1] = 5;
        tensor.shape()[0] = 9;

        assertArrayEquals(new long[] {1, 2}, tensor.shape());
    }

    @Test
    void equals_comparesValues_includingNestedBytes() {
        Tensor a = new Tensor("t", DataType.BYTES, new long[] {1}, new byte[][] {{1, 2}});
        Tensor b = new Tensor("t", DataType.BYTES, new long[] {1}, new byte[][] {{1, 2}});
        Tensor c = new Tensor("t", DataType.BYTES, new long[] {1}, new byte[][] {{1, 3}});

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
    }
}
