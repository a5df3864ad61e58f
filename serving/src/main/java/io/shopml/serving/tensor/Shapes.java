package io.shopml.serving.tensor;

/** Arithmetic on tensor shapes shared by the codec, tensors and signature checks. */
public final class Shapes {

    private Shapes() {
    }

    /**
     * The number of elements of a tensor of this shape: the product of its dimensions, 1 for a
     * scalar (rank 0).
     *
     * @throws ArithmeticException when the product overflows a {@code long}
     */
    public static long elementCount(long[] shape) {
        long count = 1;
        for (long dim : shape) {
            count = Math.multiplyExact(count, dim);
        }
        return count;
    }
}
