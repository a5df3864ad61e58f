package io.shopml.evaluation.product;

import io.shopml.datasets.images.LabelledImages;
import io.shopml.datasets.images.PixelStatistics;

import java.util.Random;

/**
 * The baseline the ResNet has to beat: multinomial logistic regression (softmax over one linear
 * layer) on the normalised pixels, fitted by mini-batch SGD with L2 decay and a linearly decaying
 * step. No convolution, no hidden layer: what a pixel-level linear model gets on the same images
 * (Fashion-MNIST's published logistic-regression benchmark: about 0.84).
 *
 * <pre>{@code
 * PixelLogisticRegression baseline = PixelLogisticRegression.fit(train, 5, 42);
 * float[][] probabilities = baseline.probabilities(test);
 * }</pre>
 */
public final class PixelLogisticRegression {

    private static final int BATCH = 100;
    private static final double LEARNING_RATE = 0.05;
    private static final double WEIGHT_DECAY = 1e-4;

    private final PixelStatistics pixels;
    private final int classes;
    private final int features;
    /** {@code weights[c * (features + 1) + f]}, the last of each row is the bias. */
    private final float[] weights;

    private PixelLogisticRegression(PixelStatistics pixels, int classes, int features) {
        this.pixels = pixels;
        this.classes = classes;
        this.features = features;
        this.weights = new float[classes * (features + 1)];
    }

    /**
     * Fits on {@code train} for {@code epochs} passes in a seeded order.
     *
     * @throws IllegalArgumentException when there are no images or no epochs
     */
    public static PixelLogisticRegression fit(LabelledImages train, int epochs, long seed) {
        if (train.count() == 0 || epochs < 1) {
            throw new IllegalArgumentException("the pixel baseline needs images and at least one epoch, got "
                    + train.count() + " images and " + epochs + " epochs");
        }
        PixelLogisticRegression model = new PixelLogisticRegression(PixelStatistics.fit(train),
                train.classNames().size(), train.pixelsPerImage());
        int[] order = new int[train.count()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        int steps = epochs * ((order.length + BATCH - 1) / BATCH);
        int step = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            for (int from = 0; from < order.length; from += BATCH, step++) {
                double rate = LEARNING_RATE * (1 - step / (double) steps);
                model.sgdStep(train, order, from, Math.min(order.length, from + BATCH), rate);
            }
        }
        return model;
    }

    /** Class probabilities per image, {@code [image][class]}. */
    public float[][] probabilities(LabelledImages images) {
        if (images.pixelsPerImage() != features) {
            throw new IllegalArgumentException("the baseline was fitted on " + features + " pixels per image, got "
                    + images.pixelsPerImage());
        }
        float[][] out = new float[images.count()][];
        float[] x = new float[features];
        for (int i = 0; i < images.count(); i++) {
            normalised(images, i, x);
            out[i] = softmax(x);
        }
        return out;
    }

    private void sgdStep(LabelledImages train, int[] order, int from, int to, double rate) {
        float[] gradient = new float[weights.length];
        float[] x = new float[features];
        for (int b = from; b < to; b++) {
            int image = order[b];
            normalised(train, image, x);
            float[] p = softmax(x);
            p[train.label(image)] -= 1;
            for (int c = 0; c < classes; c++) {
                int row = c * (features + 1);
                float error = p[c];
                for (int f = 0; f < features; f++) {
                    gradient[row + f] += error * x[f];
                }
                gradient[row + features] += error;
            }
        }
        float scale = (float) (rate / (to - from));
        float decay = (float) (1 - rate * WEIGHT_DECAY);
        for (int w = 0; w < weights.length; w++) {
            weights[w] = weights[w] * decay - scale * gradient[w];
        }
    }

    private float[] softmax(float[] x) {
        float[] logits = new float[classes];
        float max = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            int row = c * (features + 1);
            float sum = weights[row + features];
            for (int f = 0; f < features; f++) {
                sum += weights[row + f] * x[f];
            }
            logits[c] = sum;
            max = Math.max(max, sum);
        }
        float total = 0;
        for (int c = 0; c < classes; c++) {
            logits[c] = (float) Math.exp(logits[c] - max);
            total += logits[c];
        }
        for (int c = 0; c < classes; c++) {
            logits[c] /= total;
        }
        return logits;
    }

    private void normalised(LabelledImages images, int index, float[] into) {
        byte[] raw = images.image(index);
        for (int f = 0; f < features; f++) {
            into[f] = pixels.normalise(raw[f] & 0xff);
        }
    }

    private static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
