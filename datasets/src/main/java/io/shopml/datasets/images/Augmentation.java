package io.shopml.datasets.images;

import java.util.Random;

/**
 * Training-time augmentation of square greyscale images: a random crop after zero padding (the
 * product shifts by up to {@code padding} pixels each way) and a random horizontal flip (a shoe
 * pointing left is still a shoe). Deterministic for a given {@link Random}, so a resumed run sees
 * the same images as an uninterrupted one.
 *
 * <pre>{@code
 * Augmentation augmentation = Augmentation.standard();            // padding 4, flip on
 * byte[] shifted = augmentation.apply(train.image(0), 28, new Random(seed));
 * }</pre>
 *
 * @param padding        pixels of zero padding before the random crop; 0 switches cropping off
 * @param horizontalFlip whether to mirror half of the images left-right
 */
public record Augmentation(int padding, boolean horizontalFlip) {

    /** Checks the padding. */
    public Augmentation {
        if (padding < 0) {
            throw new IllegalArgumentException("augmentation padding is " + padding + ", expected >= 0");
        }
    }

    /** Padding 4 and flips: the usual recipe for 28- and 32-pixel images. */
    public static Augmentation standard() {
        return new Augmentation(4, true);
    }

    /** No augmentation: images pass through unchanged. */
    public static Augmentation none() {
        return new Augmentation(0, false);
    }

    /** Whether this augmentation changes anything. */
    public boolean isIdentity() {
        return padding == 0 && !horizontalFlip;
    }

    /** A randomly shifted and possibly mirrored copy of a {@code size x size} image. */
    public byte[] apply(byte[] image, int size, Random random) {
        int dx = padding == 0 ? 0 : random.nextInt(2 * padding + 1) - padding;
        int dy = padding == 0 ? 0 : random.nextInt(2 * padding + 1) - padding;
        boolean flip = horizontalFlip && random.nextBoolean();
        byte[] out = new byte[size * size];
        for (int y = 0; y < size; y++) {
            int sy = y + dy;
            if (sy < 0 || sy >= size) {
                continue;
            }
            for (int x = 0; x < size; x++) {
                int sx = (flip ? size - 1 - x : x) + dx;
                if (sx >= 0 && sx < size) {
                    out[y * size + x] = image[sy * size + sx];
                }
            }
        }
        return out;
    }
}
