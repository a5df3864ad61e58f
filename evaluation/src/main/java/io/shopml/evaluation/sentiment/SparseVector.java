package io.shopml.evaluation.sentiment;

/**
 * A feature vector that stores only its non-zero entries, as bag-of-words vectors are mostly zeros.
 *
 * @param indices feature indices, ascending
 * @param values  the value at each index
 */
record SparseVector(int[] indices, float[] values) {

    SparseVector {
        if (indices.length != values.length) {
            throw new IllegalArgumentException(indices.length + " indices for " + values.length + " values");
        }
    }

    float dot(float[] weights) {
        float sum = 0;
        for (int k = 0; k < indices.length; k++) {
            sum += weights[indices[k]] * values[k];
        }
        return sum;
    }
}
