package io.shopml.datasets.images;

/**
 * The mean and standard deviation of pixel intensity (scaled to 0..1) over a training set: the
 * normalisation the product model's input needs, fitted on training images only and stored in
 * the model's manifest so serving normalises exactly as training did.
 *
 * <pre>{@code
 * PixelStatistics statistics = PixelStatistics.fit(train);   // Fashion-MNIST: mean 0.286, std 0.353
 * float input = statistics.normalise(pixel & 0xff);
 * }</pre>
 *
 * @param mean mean intensity in 0..1
 * @param std  standard deviation of intensity, > 0
 */
public record PixelStatistics(double mean, double std) {

    /** Checks that the statistics can normalise. */
    public PixelStatistics {
        if (!(std > 0) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException("pixel statistics need a finite mean and a positive std, got mean "
                    + mean + ", std " + std);
        }
    }

    /** Statistics over every pixel of {@code images}. */
    public static PixelStatistics fit(LabelledImages images) {
        byte[] pixels = images.pixels();
        double sum = 0;
        double sumOfSquares = 0;
        for (byte b : pixels) {
            double v = (b & 0xff) / 255.0;
            sum += v;
            sumOfSquares += v * v;
        }
        double mean = sum / pixels.length;
        double variance = Math.max(sumOfSquares / pixels.length - mean * mean, 1e-12);
        return new PixelStatistics(mean, Math.sqrt(variance));
    }

    /** The model input for a pixel value 0..255. */
    public float normalise(int pixel) {
        return (float) ((pixel / 255.0 - mean) / std);
    }
}
