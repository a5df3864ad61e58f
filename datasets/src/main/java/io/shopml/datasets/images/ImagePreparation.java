package io.shopml.datasets.images;

import io.shopml.datasets.DatasetException;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Turns any photo into what the product model sees: a {@code size x size} greyscale image of a
 * light product on a black background, like Fashion-MNIST. Training on an image folder and
 * serving {@code image_bytes} both go through here, so the two cannot drift.
 *
 * <p>Steps: decode (PNG, JPEG, GIF or BMP via {@code javax.imageio}); greyscale as ITU-R 601 luma,
 * transparent pixels composited over white; invert when the border is mostly light (a shop photo
 * of a product on white becomes a light product on black); shrink the longer side to {@code size}
 * by area averaging (no aliasing when a 2000-pixel photo becomes 28 pixels; smaller images are
 * never enlarged beyond {@code size}); centre on a black square. An image that is already
 * {@code size x size} grey on black passes through unchanged, pixel for pixel.
 *
 * <pre>{@code
 * ImagePreparation preparation = new ImagePreparation(28);
 * byte[] pixels = preparation.prepare(Files.readAllBytes(Path.of("shoe.jpg")));  // 784 pixels
 * }</pre>
 *
 * @param size width and height of the result in pixels
 */
public record ImagePreparation(int size) {

    private static final int LIGHT_BORDER = 128;

    /** Checks the size. */
    public ImagePreparation {
        if (size < 1) {
            throw new IllegalArgumentException("image size is " + size + ", expected >= 1");
        }
    }

    /**
     * Decodes and prepares an encoded image.
     *
     * @throws DatasetException when the bytes are not an image {@code javax.imageio} can decode
     */
    public byte[] prepare(byte[] encoded) {
        return prepare(decode(encoded));
    }

    /** Prepares a decoded image. */
    public byte[] prepare(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        float[] grey = greyscale(image);
        if (borderMean(grey, width, height) >= LIGHT_BORDER) {
            for (int i = 0; i < grey.length; i++) {
                grey[i] = 255f - grey[i];
            }
        }
        double scale = Math.min(1.0, (double) size / Math.max(width, height));
        int targetWidth = Math.max(1, (int) Math.round(width * scale));
        int targetHeight = Math.max(1, (int) Math.round(height * scale));
        float[] resized = AreaResampling.resize(grey, width, height, targetWidth, targetHeight);
        byte[] canvas = new byte[size * size];
        int left = (size - targetWidth) / 2;
        int top = (size - targetHeight) / 2;
        for (int y = 0; y < targetHeight; y++) {
            for (int x = 0; x < targetWidth; x++) {
                int value = Math.round(resized[y * targetWidth + x]);
                canvas[(top + y) * size + left + x] = (byte) Math.max(0, Math.min(255, value));
            }
        }
        return canvas;
    }

    /**
     * Decodes PNG, JPEG, GIF or BMP bytes.
     *
     * @throws DatasetException when the bytes are empty, not an image, or corrupt
     */
    public static BufferedImage decode(byte[] encoded) {
        if (encoded.length == 0) {
            throw new DatasetException("image is empty (0 bytes); expected PNG or JPEG bytes");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(encoded));
        } catch (IOException | RuntimeException corrupt) {
            throw new DatasetException("image of " + encoded.length + " bytes is corrupt: " + corrupt.getMessage(), corrupt);
        }
        if (image == null) {
            throw new DatasetException("image of " + encoded.length + " bytes is not a PNG or JPEG (unrecognised format)");
        }
        return image;
    }

    private static float[] greyscale(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        if (image.getRaster().getNumBands() == 1 && !(image.getColorModel() instanceof IndexColorModel)) {
            // Grey PNGs: read the stored samples; getRGB would pass them through a gamma conversion.
            int[] samples = image.getRaster().getSamples(0, 0, width, height, 0, (int[]) null);
            float max = (1 << image.getSampleModel().getSampleSize(0)) - 1;
            float[] grey = new float[samples.length];
            for (int i = 0; i < samples.length; i++) {
                grey[i] = samples[i] * 255f / max;
            }
            return grey;
        }
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        float[] grey = new float[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            float alpha = ((p >>> 24) & 0xff) / 255f;
            float luma = 0.299f * ((p >> 16) & 0xff) + 0.587f * ((p >> 8) & 0xff) + 0.114f * (p & 0xff);
            grey[i] = alpha * luma + (1 - alpha) * 255f;
        }
        return grey;
    }

    private static double borderMean(float[] grey, int width, int height) {
        double sum = 0;
        int count = 0;
        for (int x = 0; x < width; x++) {
            sum += grey[x] + grey[(height - 1) * width + x];
            count += 2;
        }
        for (int y = 1; y < height - 1; y++) {
            sum += grey[y * width] + grey[y * width + width - 1];
            count += 2;
        }
        return sum / count;
    }
}
