package io.shopml.datasets.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shopml.datasets.DatasetException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagePreparationTest {

    @TempDir
    Path folder;

    @Test
    void fashionMnistImageAsPng_comesBackPixelForPixel() throws IOException {
        LabelledImages test = FashionMnist.load(FashionMnist.Split.TEST);
        byte[] original = test.image(0);

        byte[] prepared = new ImagePreparation(28).prepare(png(grey(original, 28)));

        assertArrayEquals(original, prepared);
    }

    @Test
    void largeDarkProductOnWhite_becomesSmallLightProductOnBlack_centred() throws IOException {
        BufferedImage photo = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 200);
        g.setColor(Color.BLACK);
        g.fillRect(100, 50, 200, 100);
        g.dispose();

        byte[] pixels = new ImagePreparation(28).prepare(jpeg(photo));

        // 400x200 -> 28x14, centred vertically: rows 7..20 hold the photo, the rest is black canvas.
        assertEquals(0, pixels[0]);
        assertEquals(0, pixels[27 * 28 + 27]);
        assertTrue((pixels[14 * 28 + 14] & 0xff) > 240, "product centre is light: " + (pixels[14 * 28 + 14] & 0xff));
        assertTrue((pixels[8 * 28 + 1] & 0xff) < 15, "inverted white background is dark");
    }

    @Test
    void nonImageBytes_areRefusedWithAClearMessage() {
        ImagePreparation preparation = new ImagePreparation(28);

        DatasetException garbage = assertThrows(DatasetException.class,
                () -> preparation.prepare("not an image".getBytes()));
        DatasetException empty = assertThrows(DatasetException.class, () -> preparation.prepare(new byte[0]));

        assertTrue(garbage.getMessage().contains("not a PNG or JPEG"), garbage.getMessage());
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
    }

    @Test
    void imageFolder_readsClassesInNameOrder_withRelativeIds() throws IOException {
        LabelledImages test = FashionMnist.load(FashionMnist.Split.TEST);
        Files.createDirectories(folder.resolve("sneaker"));
        Files.createDirectories(folder.resolve("bag"));
        Files.write(folder.resolve("sneaker/a.png"), png(grey(test.image(0), 28)));
        Files.write(folder.resolve("bag/b.PNG"), png(grey(test.image(1), 28)));
        Files.write(folder.resolve("bag/c.jpg"), jpeg(grey(test.image(2), 28)));
        Files.writeString(folder.resolve("bag/notes.txt"), "ignored");

        LabelledImages images = new ImageFolderReader(new ImagePreparation(28)).read(folder);

        assertTrue(ImageFolderReader.isImageFolder(folder));
        assertEquals(java.util.List.of("bag", "sneaker"), images.classNames());
        assertEquals(java.util.List.of("bag/b.PNG", "bag/c.jpg", "sneaker/a.png"), images.ids());
        assertArrayEquals(new int[] {0, 0, 1}, images.labels());
        assertArrayEquals(test.image(0), images.image(2));
    }

    @Test
    void imageFolder_withCorruptFile_namesTheFile() throws IOException {
        Files.createDirectories(folder.resolve("bag"));
        Files.write(folder.resolve("bag/broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});

        DatasetException error = assertThrows(DatasetException.class,
                () -> new ImageFolderReader(new ImagePreparation(28)).read(folder));

        assertTrue(error.getMessage().contains("broken.png"), error.getMessage());
    }

    @Test
    void augmentation_isDeterministicPerSeed_andNoneIsIdentity() {
        byte[] image = new byte[28 * 28];
        new Random(1).nextBytes(image);

        byte[] a = Augmentation.standard().apply(image, 28, new Random(5));
        byte[] b = Augmentation.standard().apply(image, 28, new Random(5));
        byte[] flippedOnly = new Augmentation(0, true).apply(image, 28, new Random(0));
        byte[] identity = Augmentation.none().apply(image, 28, new Random(5));

        assertArrayEquals(a, b);
        assertArrayEquals(image, identity);
        boolean flipped = flippedOnly[0] == image[27];
        assertTrue(flipped || java.util.Arrays.equals(flippedOnly, image));
    }

    @Test
    void pixelStatistics_ofFashionMnistTrainingSet_matchThePublishedValues() {
        PixelStatistics statistics = PixelStatistics.fit(FashionMnist.load(FashionMnist.Split.TRAIN));

        assertEquals(0.2860, statistics.mean(), 1e-3);
        assertEquals(0.3530, statistics.std(), 1e-3);
    }

    static BufferedImage grey(byte[] pixels, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setDataElements(0, 0, size, size, pixels);
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        return encode(image, "png");
    }

    static byte[] jpeg(BufferedImage image) throws IOException {
        return encode(image, "jpg");
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
