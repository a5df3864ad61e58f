package io.shopml.training.sentiment;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;
import io.shopml.models.sentiment.BertClassifier;
import io.shopml.models.sentiment.BertEncoder;
import io.shopml.models.sentiment.SentimentConfig;
import io.shopml.models.sentiment.TokenBatch;

import java.util.Map;
import java.util.Random;

/**
 * Times the sentiment model's fine-tuning step as training runs it (same network, same
 * {@link DjlSession}: Adam with weight decay and clipping, per-step NDManager) on random token ids
 * of full length, for {@code shopml bench train sentiment}.
 *
 * <pre>{@code
 * double stepsPerSecond = ClassifierStepTimer.stepsPerSecond(SentimentConfig.fullRecipe(), 2, 20, 3, 1);
 * }</pre>
 */
public final class ClassifierStepTimer {

    private ClassifierStepTimer() {
    }

    /**
     * @param config  the encoder's shape ({@code vocabularySize} tokens, {@code maxLength} per review),
     *                batch size and dropout
     * @param classes output classes
     * @param steps   timed optimizer steps
     * @param warmup  untimed steps first
     */
    public static double stepsPerSecond(SentimentConfig config, int classes, int steps, int warmup, long seed) {
        float dropout = (float) config.dropout();
        BertClassifier network = new BertClassifier(
                new BertEncoder(config.architecture(config.vocabularySize()), dropout), classes, dropout);
        Random random = new Random(seed);
        long[][] ids = new long[config.batchSize()][config.maxLength()];
        long[][] mask = new long[config.batchSize()][config.maxLength()];
        long[] labels = new long[config.batchSize()];
        for (int i = 0; i < ids.length; i++) {
            for (int t = 0; t < config.maxLength(); t++) {
                ids[i][t] = random.nextInt(config.vocabularySize());
                mask[i][t] = 1;
            }
            labels[i] = random.nextInt(classes);
        }
        TokenBatch batch = new TokenBatch(ids, mask, new boolean[ids.length]);
        Shape tokens = new Shape(config.batchSize(), config.maxLength());
        try (DjlSession session = new DjlSession("bert-step-timer", network, Loss.softmaxCrossEntropyLoss(), seed,
                Map.of(), tokens, tokens)) {
            for (int i = 0; i < warmup; i++) {
                session.step(config.finetuneLearningRate(),
                        m -> new NDList[] {batch.toNDList(m), new NDList(m.create(labels))});
            }
            long start = System.nanoTime();
            for (int i = 0; i < steps; i++) {
                session.step(config.finetuneLearningRate(),
                        m -> new NDList[] {batch.toNDList(m), new NDList(m.create(labels))});
            }
            return steps / ((System.nanoTime() - start) / 1e9);
        }
    }
}
