package io.shopml.datasets.images;

/**
 * Shrinks a greyscale image by area averaging: each target pixel is the mean of the source area it
 * covers, fractional pixels weighted by their overlap. Separable (rows, then columns). Enlarging
 * is not needed by {@link ImagePreparation} and not supported.
 */
final class AreaResampling {

    private AreaResampling() {
    }

    static float[] resize(float[] source, int width, int height, int targetWidth, int targetHeight) {
        if (targetWidth == width && targetHeight == height) {
            return source.clone();
        }
        float[] rows = new float[height * targetWidth];
        for (int y = 0; y < height; y++) {
            resample(source, y * width, 1, width, rows, y * targetWidth, 1, targetWidth);
        }
        float[] result = new float[targetHeight * targetWidth];
        for (int x = 0; x < targetWidth; x++) {
            resample(rows, x, targetWidth, height, result, x, targetWidth, targetHeight);
        }
        return result;
    }

    /** One line of {@code length} samples at {@code offset + i * stride} to {@code targetLength} samples. */
    private static void resample(float[] in, int inOffset, int inStride, int length,
                                 float[] out, int outOffset, int outStride, int targetLength) {
        double scale = (double) length / targetLength;
        for (int t = 0; t < targetLength; t++) {
            double start = t * scale;
            double end = start + scale;
            double sum = 0;
            for (int s = (int) Math.floor(start); s < Math.min(length, (int) Math.ceil(end)); s++) {
                double overlap = Math.min(end, s + 1) - Math.max(start, s);
                sum += overlap * in[inOffset + s * inStride];
            }
            out[outOffset + t * outStride] = (float) (sum / scale);
        }
    }
}
