package io.shopml.models.product;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The catalogue's product embeddings, unit-normalised, for exact cosine top-k search. A model
 * version stores one as {@value #FILE}; 60000 items of 128 floats take 30 MB and a query scans
 * them in a few milliseconds, so no approximate index is needed at catalogue sizes like these.
 *
 * <pre>{@code
 * EmbeddingIndex index = EmbeddingIndex.of(ids, labels, classNames, embeddings);
 * index.write(draft.directory().resolve(EmbeddingIndex.FILE));
 * List<SimilarItem> top10 = EmbeddingIndex.read(file).search(queryEmbedding, 10);
 * }</pre>
 */
public final class EmbeddingIndex {

    /** File name inside a model version. */
    public static final String FILE = "catalogue.index";

    private static final int MAGIC = 0x53494458; // "SIDX"
    private static final int FORMAT = 1;

    private final int dimension;
    private final float[] unitVectors;
    private final int[] labels;
    private final List<String> ids;
    private final List<String> classNames;

    private EmbeddingIndex(int dimension, float[] unitVectors, int[] labels, List<String> ids, List<String> classNames) {
        this.dimension = dimension;
        this.unitVectors = unitVectors;
        this.labels = labels;
        this.ids = List.copyOf(ids);
        this.classNames = List.copyOf(classNames);
    }

    /**
     * An index over these items.
     *
     * @param embeddings one vector per item, all of the same length
     */
    public static EmbeddingIndex of(List<String> ids, int[] labels, List<String> classNames, List<float[]> embeddings) {
        if (ids.size() != labels.length || ids.size() != embeddings.size() || ids.isEmpty()) {
            throw new IllegalArgumentException("an index needs as many ids, labels and embeddings (at least one), got "
                    + ids.size() + ", " + labels.length + " and " + embeddings.size());
        }
        int dimension = embeddings.get(0).length;
        float[] vectors = new float[ids.size() * dimension];
        for (int i = 0; i < embeddings.size(); i++) {
            float[] e = embeddings.get(i);
            if (e.length != dimension) {
                throw new IllegalArgumentException("embedding " + i + " has " + e.length + " values, expected " + dimension);
            }
            System.arraycopy(unit(e), 0, vectors, i * dimension, dimension);
        }
        return new EmbeddingIndex(dimension, vectors, labels.clone(), ids, classNames);
    }

    /** Number of catalogue items. */
    public int size() {
        return labels.length;
    }

    /** Length of each embedding. */
    public int dimension() {
        return dimension;
    }

    /** The category of item {@code i}. */
    public int label(int i) {
        return labels[i];
    }

    /**
     * The {@code k} items most similar to {@code query} by cosine similarity, most similar first
     * (ties by catalogue order).
     */
    public List<SimilarItem> search(float[] query, int k) {
        if (query.length != dimension) {
            throw new IllegalArgumentException("query embedding has " + query.length + " values, expected " + dimension);
        }
        float[] q = unit(query);
        int wanted = Math.min(k, size());
        // Min-heap of the best so far: worst score on top, later index loses ties.
        PriorityQueue<float[]> best = new PriorityQueue<>(wanted + 1, (a, b) -> a[0] != b[0]
                ? Float.compare(a[0], b[0]) : Float.compare(b[1], a[1]));
        for (int i = 0; i < size(); i++) {
            float score = 0;
            int base = i * dimension;
            for (int d = 0; d < dimension; d++) {
                score += q[d] * unitVectors[base + d];
            }
            if (best.size() < wanted) {
                best.add(new float[] {score, i});
            } else if (score > best.peek()[0]) {
                best.poll();
                best.add(new float[] {score, i});
            }
        }
        List<SimilarItem> items = new ArrayList<>(wanted);
        while (!best.isEmpty()) {
            float[] entry = best.poll();
            int i = (int) entry[1];
            items.add(0, new SimilarItem(ids.get(i), classNames.get(labels[i]), entry[0]));
        }
        return items;
    }

    /** Writes the index to {@code file}. */
    public void write(Path file) {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(size());
            out.writeInt(dimension);
            out.writeInt(classNames.size());
            for (String name : classNames) {
                out.writeUTF(name);
            }
            for (int i = 0; i < size(); i++) {
                out.writeUTF(ids.get(i));
                out.writeInt(labels[i]);
            }
            ByteBuffer buffer = ByteBuffer.allocate(unitVectors.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            buffer.asFloatBuffer().put(unitVectors);
            out.write(buffer.array());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write embedding index " + file, e);
        }
    }

    /** Reads what {@link #write} wrote. */
    public static EmbeddingIndex read(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IllegalStateException(file + " is not a shopml embedding index (format " + FORMAT + ")");
            }
            int size = in.readInt();
            int dimension = in.readInt();
            List<String> classNames = new ArrayList<>();
            for (int c = in.readInt(); c > 0; c--) {
                classNames.add(in.readUTF());
            }
            List<String> ids = new ArrayList<>(size);
            int[] labels = new int[size];
            for (int i = 0; i < size; i++) {
                ids.add(in.readUTF());
                labels[i] = in.readInt();
            }
            byte[] raw = new byte[Math.multiplyExact(size, dimension) * Float.BYTES];
            in.readFully(raw);
            float[] vectors = new float[size * dimension];
            ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vectors);
            return new EmbeddingIndex(dimension, vectors, labels, ids, classNames);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read embedding index " + file, e);
        }
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] unit = new float[vector.length];
        for (int d = 0; d < vector.length; d++) {
            unit[d] = vector[d] * scale;
        }
        return unit;
    }
}
