package io.shopml.datasets.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shopml.datasets.DatasetException;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FashionMnistTest {

    @TempDir
    Path folder;

    @Test
    void bundledTestSplit_has10000Images_1000PerClass_28Pixels() {
        LabelledImages test = FashionMnist.load(FashionMnist.Split.TEST);

        assertEquals(10000, test.count());
        assertEquals(28, test.size());
        assertArrayEquals(new int[] {1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000}, test.classCounts());
        assertEquals("Ankle boot", test.className(test.label(0)));  // the published first test label is 9
        assertEquals("test-0", test.ids().get(0));
    }

    @Test
    void idxFolder_readsPlainAndGzippedFiles_withClassesFile() throws IOException {
        byte[] pixels = {0, 10, (byte) 200, (byte) 255, 1, 2, 3, 4};
        writeIdx(folder.resolve("train-images-idx3-ubyte.gz"), 0x0803, new int[] {2, 2, 2}, pixels, true);
        writeIdx(folder.resolve("train-labels-idx1-ubyte"), 0x0801, new int[] {2}, new byte[] {1, 0}, false);
        Files.writeString(folder.resolve(FashionMnist.CLASSES_FILE), "shoe\nbag\n");

        LabelledImages images = FashionMnist.read(folder, FashionMnist.Split.TRAIN);

        assertTrue(FashionMnist.isIdxFolder(folder, FashionMnist.Split.TRAIN));
        assertEquals(2, images.count());
        assertArrayEquals(new byte[] {0, 10, (byte) 200, (byte) 255}, images.image(0));
        assertEquals("bag", images.className(images.label(0)));
        assertEquals("shoe", images.className(images.label(1)));
    }

    @Test
    void idxFile_withWrongMagic_isRefusedNamingTheFile() throws IOException {
        Path labels = folder.resolve("train-labels-idx1-ubyte");
        writeIdx(labels, 0x0803, new int[] {1, 1, 1}, new byte[] {0}, false);

        DatasetException error = assertThrows(DatasetException.class, () -> IdxReader.readLabels(labels));

        assertTrue(error.getMessage().contains(labels.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("rank 1"), error.getMessage());
    }

    @Test
    void truncatedIdxFile_isRefused() throws IOException {
        Path images = folder.resolve("t.idx");
        writeIdx(images, 0x0803, new int[] {3, 2, 2}, new byte[5], false);

        DatasetException error = assertThrows(DatasetException.class, () -> IdxReader.readImages(images));

        assertTrue(error.getMessage().contains("truncated"), error.getMessage());
    }

    private static void writeIdx(Path file, int magic, int[] dims, byte[] data, boolean gzip) throws IOException {
        try (var raw = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(gzip ? new GZIPOutputStream(raw) : raw)) {
            out.writeInt(magic);
            for (int d : dims) {
                out.writeInt(d);
            }
            out.write(data);
        }
    }
}
