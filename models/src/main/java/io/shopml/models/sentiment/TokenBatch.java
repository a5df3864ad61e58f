package io.shopml.models.sentiment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;

/**
 * A batch of texts as token ids, padded to its longest text: what the encoder reads.
 *
 * @param ids       token ids, {@code [batch][length]}, {@code [CLS] ... [SEP]} then padding 0
 * @param mask      1 for a real token, 0 for padding, same shape
 * @param truncated per text, whether it was cut to the tokenizer's maximum length
 */
public record TokenBatch(long[][] ids, long[][] mask, boolean[] truncated) {

    public int size() {
        return ids.length;
    }

    /** Tokens per row (the longest text's length). */
    public int length() {
        return ids.length == 0 ? 0 : ids[0].length;
    }

    /** Non-padding tokens in the whole batch. */
    public long tokenCount() {
        long n = 0;
        for (long[] row : mask) {
            for (long m : row) {
                n += m;
            }
        }
        return n;
    }

    /** {@code [ids, mask]} as INT64 arrays of {@code manager}: the model's input. */
    public NDList toNDList(NDManager manager) {
        NDArray idArray = manager.create(ids);
        NDArray maskArray = manager.create(mask);
        return new NDList(idArray, maskArray);
    }
}
