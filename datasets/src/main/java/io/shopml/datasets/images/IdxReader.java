package io.shopml.datasets.images;

import io.shopml.datasets.DatasetException;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads the IDX files of MNIST-style data sets (LeCun's format: a magic number giving the element
 * type and rank, the dimensions as big-endian ints, then the data), plain or gzip-compressed
 * ({@code .gz}). Only unsigned-byte files are read: rank 3 for images, rank 1 for labels.
 *
 * <pre>{@code
 * IdxReader.Images images = IdxReader.readImages(Path.of("train-images-idx3-ubyte.gz"));
 * int[] labels = IdxReader.readLabels(Path.of("train-labels-idx1-ubyte.gz"));
 * }</pre>
 */
public final class IdxReader {

    private static final int UNSIGNED_BYTE = 0x08;

    private IdxReader() {
    }

    /**
     * Square images from an {@code idx3-ubyte} file.
     *
     * @param count  number of images
     * @param size   width and height
     * @param pixels {@code count * size * size} pixels, row-major
     */
    public record Images(int count, int size, byte[] pixels) {
    }

    /** Reads a rank-3 unsigned-byte IDX file of square images. */
    public static Images readImages(Path file) {
        try (DataInputStream in = open(file)) {
            int[] dims = header(in, file, 3);
            if (dims[1] != dims[2]) {
                throw new DatasetException(file + ": images are " + dims[1] + "x" + dims[2] + ", expected square images");
            }
            byte[] pixels = new byte[Math.multiplyExact(dims[0], Math.multiplyExact(dims[1], dims[2]))];
            in.readFully(pixels);
            return new Images(dims[0], dims[1], pixels);
        } catch (EOFException truncated) {
            throw new DatasetException(file + ": file ends before its declared image count: truncated download?", truncated);
        } catch (IOException e) {
            throw new DatasetException(file + ": cannot read IDX images: " + e, e);
        }
    }

    /** Reads a rank-1 unsigned-byte IDX file of labels. */
    public static int[] readLabels(Path file) {
        try (DataInputStream in = open(file)) {
            int count = header(in, file, 1)[0];
            byte[] raw = new byte[count];
            in.readFully(raw);
            int[] labels = new int[count];
            for (int i = 0; i < count; i++) {
                labels[i] = raw[i] & 0xff;
            }
            return labels;
        } catch (EOFException truncated) {
            throw new DatasetException(file + ": file ends before its declared label count: truncated download?", truncated);
        } catch (IOException e) {
            throw new DatasetException(file + ": cannot read IDX labels: " + e, e);
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.mark(2);
        int b0 = raw.read();
        int b1 = raw.read();
        raw.reset();
        boolean gzip = b0 == 0x1f && b1 == 0x8b;
        return new DataInputStream(gzip ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw);
    }

    private static int[] header(DataInputStream in, Path file, int expectedRank) throws IOException {
        int magic = in.readInt();
        int type = (magic >> 8) & 0xff;
        int rank = magic & 0xff;
        if ((magic >>> 16) != 0 || type != UNSIGNED_BYTE || rank != expectedRank) {
            throw new DatasetException(String.format("%s: magic number 0x%08x is not an unsigned-byte IDX file of rank %d"
                    + " (expected 0x%08x)", file, magic, expectedRank, (UNSIGNED_BYTE << 8) | expectedRank));
        }
        int[] dims = new int[rank];
        for (int i = 0; i < rank; i++) {
            dims[i] = in.readInt();
            if (dims[i] < 0) {
                throw new DatasetException(file + ": dimension " + i + " is " + dims[i] + ", expected >= 0");
            }
        }
        return dims;
    }
}
