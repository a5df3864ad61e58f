package io.shopml.training.sentiment;

import io.shopml.models.sentiment.ReviewTokenizer;
import io.shopml.models.sentiment.TokenBatch;

import java.util.List;

/**
 * Reviews tokenized once, unpadded, with their class indices; batches are cut from them and
 * padded to their own longest review, exactly as the server pads a request.
 */
final class EncodedReviews {

    private static final int ENCODE_CHUNK = 256;

    private final long[][] ids;
    private final int[] classes;

    private EncodedReviews(long[][] ids, int[] classes) {
        this.ids = ids;
        this.classes = classes;
    }

    static EncodedReviews encode(ReviewTokenizer tokenizer, List<String> texts, int[] classes) {
        long[][] ids = new long[texts.size()][];
        for (int from = 0; from < texts.size(); from += ENCODE_CHUNK) {
            TokenBatch batch = tokenizer.encode(texts.subList(from, Math.min(texts.size(), from + ENCODE_CHUNK)));
            for (int i = 0; i < batch.size(); i++) {
                int length = 0;
                for (long m : batch.mask()[i]) {
                    length += (int) m;
                }
                ids[from + i] = java.util.Arrays.copyOf(batch.ids()[i], length);
            }
        }
        return new EncodedReviews(ids, classes.clone());
    }

    int size() {
        return ids.length;
    }

    int classOf(int row) {
        return classes[row];
    }

    long[] idsOf(int row) {
        return ids[row];
    }

    /** Rows {@code rows} padded to the longest of them. */
    TokenBatch batch(int[] rows) {
        int length = 0;
        for (int row : rows) {
            length = Math.max(length, ids[row].length);
        }
        long[][] batchIds = new long[rows.length][length];
        long[][] mask = new long[rows.length][length];
        for (int i = 0; i < rows.length; i++) {
            long[] row = ids[rows[i]];
            System.arraycopy(row, 0, batchIds[i], 0, row.length);
            java.util.Arrays.fill(mask[i], 0, row.length, 1L);
        }
        return new TokenBatch(batchIds, mask, new boolean[rows.length]);
    }

    /** Total tokens, for throughput reports. */
    long tokenCount() {
        long n = 0;
        for (long[] row : ids) {
            n += row.length;
        }
        return n;
    }
}
