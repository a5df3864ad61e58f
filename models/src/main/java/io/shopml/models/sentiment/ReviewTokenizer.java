package io.shopml.models.sentiment;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A Hugging Face {@code tokenizer.json} loaded into DJL's native tokenizer, with the truncation
 * and batch padding the sentiment models use: texts become {@code [CLS] pieces [SEP]}, cut at
 * {@code maxLength} tokens, padded to the longest text of the batch. Training, evaluation and
 * serving all tokenize through this class. Thread-safe; close it to free the native tokenizer.
 *
 * <pre>{@code
 * try (ReviewTokenizer tokenizer = ReviewTokenizer.load(dir.resolve("tokenizer.json"), 128)) {
 *     TokenBatch batch = tokenizer.encode(List.of("Great tea", "很好喝"));
 * }
 * }</pre>
 */
public final class ReviewTokenizer implements AutoCloseable {

    private final HuggingFaceTokenizer tokenizer;
    private final int maxLength;

    private ReviewTokenizer(HuggingFaceTokenizer tokenizer, int maxLength) {
        this.tokenizer = tokenizer;
        this.maxLength = maxLength;
    }

    /**
     * @param file      a Hugging Face {@code tokenizer.json}
     * @param maxLength the most tokens per text, special tokens included
     */
    public static ReviewTokenizer load(Path file, int maxLength) {
        Map<String, String> options = Map.of(
                "addSpecialTokens", "true",
                "truncation", "true",
                "padding", "true",
                "maxLength", Integer.toString(maxLength),
                "modelMaxLength", Integer.toString(maxLength));
        try {
            return new ReviewTokenizer(HuggingFaceTokenizer.newInstance(file, options), maxLength);
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException("cannot load tokenizer " + file + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    public int maxLength() {
        return maxLength;
    }

    /** The pieces of one text, special tokens included (for inspection and tests). */
    public List<String> tokens(String text) {
        return List.of(tokenizer.encode(text).getTokens());
    }

    /** Token ids of a batch, padded to its longest text. */
    public TokenBatch encode(List<String> texts) {
        Encoding[] encodings = tokenizer.batchEncode(texts);
        int length = 0;
        for (Encoding e : encodings) {
            length = Math.max(length, e.getIds().length);
        }
        long[][] ids = new long[encodings.length][length];
        long[][] mask = new long[encodings.length][length];
        boolean[] truncated = new boolean[encodings.length];
        for (int i = 0; i < encodings.length; i++) {
            long[] rowIds = encodings[i].getIds();
            long[] rowMask = encodings[i].getAttentionMask();
            System.arraycopy(rowIds, 0, ids[i], 0, rowIds.length);
            System.arraycopy(rowMask, 0, mask[i], 0, rowMask.length);
            truncated[i] = encodings[i].exceedMaxLength();
        }
        return new TokenBatch(ids, mask, truncated);
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
