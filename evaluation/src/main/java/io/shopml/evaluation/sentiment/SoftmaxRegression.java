package io.shopml.evaluation.sentiment;

import java.util.List;

/**
 * Multinomial logistic regression (softmax over classes) with an L2 penalty on the weights, not on
 * the biases: minimises {@code mean cross-entropy + lambda / 2 * |W|^2} by full-batch Nesterov
 * accelerated gradient descent with step {@code 1 / L}, where {@code L = max|x|^2 / 2 + lambda}
 * bounds the curvature of the loss. The problem is convex, so the result does not depend on a seed.
 */
final class SoftmaxRegression {

    static final int ITERATIONS = 400;

    private final float[][] weights;
    private final float[] biases;

    private SoftmaxRegression(float[][] weights, float[] biases) {
        this.weights = weights;
        this.biases = biases;
    }

    /**
     * @param rows      feature vectors
     * @param classes   per row, its class index in {@code [0, classCount)}
     * @param dimension number of features
     */
    static SoftmaxRegression fit(List<SparseVector> rows, int[] classes, int classCount, int dimension, double lambda) {
        double maxSquaredNorm = 1;
        for (SparseVector row : rows) {
            double squared = 1;
            for (float v : row.values()) {
                squared += v * v;
            }
            maxSquaredNorm = Math.max(maxSquaredNorm, squared);
        }
        float step = (float) (1 / (maxSquaredNorm / 2 + lambda));
        SoftmaxRegression current = zeros(classCount, dimension);
        SoftmaxRegression previous = zeros(classCount, dimension);
        SoftmaxRegression lookahead = zeros(classCount, dimension);
        for (int t = 1; t <= ITERATIONS; t++) {
            float[][] gradW = new float[classCount][dimension];
            float[] gradB = new float[classCount];
            lookahead.accumulateGradient(rows, classes, gradW, gradB);
            SoftmaxRegression next = zeros(classCount, dimension);
            for (int c = 0; c < classCount; c++) {
                for (int j = 0; j < dimension; j++) {
                    float g = gradW[c][j] / rows.size() + (float) lambda * lookahead.weights[c][j];
                    next.weights[c][j] = lookahead.weights[c][j] - step * g;
                }
                next.biases[c] = lookahead.biases[c] - step * gradB[c] / rows.size();
            }
            float momentum = (t - 1f) / (t + 2f);
            previous = current;
            current = next;
            for (int c = 0; c < classCount; c++) {
                for (int j = 0; j < dimension; j++) {
                    lookahead.weights[c][j] = current.weights[c][j]
                            + momentum * (current.weights[c][j] - previous.weights[c][j]);
                }
                lookahead.biases[c] = current.biases[c] + momentum * (current.biases[c] - previous.biases[c]);
            }
        }
        return current;
    }

    float[] probabilities(SparseVector row) {
        float[] p = new float[biases.length];
        float max = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < p.length; c++) {
            p[c] = row.dot(weights[c]) + biases[c];
            max = Math.max(max, p[c]);
        }
        float sum = 0;
        for (int c = 0; c < p.length; c++) {
            p[c] = (float) Math.exp(p[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    /** Adds the summed (not yet averaged) cross-entropy gradient over {@code rows} at these parameters. */
    private void accumulateGradient(List<SparseVector> rows, int[] classes, float[][] gradW, float[] gradB) {
        for (int i = 0; i < rows.size(); i++) {
            SparseVector row = rows.get(i);
            float[] p = probabilities(row);
            p[classes[i]] -= 1;
            for (int c = 0; c < p.length; c++) {
                gradB[c] += p[c];
                for (int k = 0; k < row.indices().length; k++) {
                    gradW[c][row.indices()[k]] += p[c] * row.values()[k];
                }
            }
        }
    }

    private static SoftmaxRegression zeros(int classCount, int dimension) {
        return new SoftmaxRegression(new float[classCount][dimension], new float[classCount]);
    }
}
