package io.shopml.models.sentiment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Texts to {@code [input_ids, attention_mask]} (padded to the longest text) and logits back to
 * labelled probabilities: the one translation used by evaluation and serving, for trained and
 * imported models alike. Training feeds the same {@link ReviewTokenizer} batches to the network.
 */
public final class SentimentTranslator implements Translator<List<String>, List<SentimentPrediction>> {

    private static final String BATCH = "tokenBatch";

    private final ReviewTokenizer tokenizer;
    private final List<String> labels;

    public SentimentTranslator(ReviewTokenizer tokenizer, List<String> labels) {
        this.tokenizer = tokenizer;
        this.labels = List.copyOf(labels);
    }

    /** None: a call's texts already form the batch (padded to its longest text by the tokenizer). */
    @Override
    public ai.djl.translate.Batchifier getBatchifier() {
        return null;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, List<String> texts) {
        TokenBatch batch = tokenizer.encode(texts);
        ctx.setAttachment(BATCH, batch);
        return batch.toNDList(ctx.getNDManager());
    }

    @Override
    public List<SentimentPrediction> processOutput(TranslatorContext ctx, NDList output) {
        TokenBatch batch = (TokenBatch) ctx.getAttachment(BATCH);
        NDArray logits = output.get(0);
        if (logits.getShape().dimension() != 2 || logits.getShape().get(1) != labels.size()) {
            throw new IllegalStateException("the network returned " + logits.getShape() + ", expected (" + batch.size()
                    + ", " + labels.size() + ") logits for labels " + labels);
        }
        float[] probabilities = logits.toType(ai.djl.ndarray.types.DataType.FLOAT32, false).softmax(1).toFloatArray();
        int classes = labels.size();
        List<SentimentPrediction> predictions = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            float[] row = new float[classes];
            System.arraycopy(probabilities, i * classes, row, 0, classes);
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (row[c] > row[best]) {
                    best = c;
                }
            }
            predictions.add(new SentimentPrediction(labels.get(best), row, batch.truncated()[i]));
        }
        return predictions;
    }
}
