package io.shopml.training.sentiment;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.transformer.BertMaskedLanguageModelLoss;
import io.shopml.models.sentiment.BertEncoder;
import io.shopml.models.sentiment.MaskedLanguageModel;
import io.shopml.models.sentiment.SentimentConfig;
import io.shopml.training.loop.EpochModel;

import java.nio.file.Path;
import java.util.Random;

/**
 * Masked-language-model pre-training as the shared loop drives it. Masks are drawn from the
 * seed, epoch and step, so a resumed run masks exactly as an uninterrupted one; validation masks
 * are fixed, so validation losses of different epochs compare.
 */
final class MaskedLmEpochModel implements EpochModel, AutoCloseable {

    static final String CHECKPOINT_FILE = "mlm.params";
    static final String ENCODER_FILE = "encoder.params";

    private final SentimentConfig config;
    private final long seed;
    private final EncodedReviews train;
    private final EncodedReviews validation;
    private final MaskedLanguageModel network;
    private final DeferredSession session;
    private int[] order;
    private int epoch;

    MaskedLmEpochModel(SentimentConfig config, BertEncoder encoder, long seed, EncodedReviews train,
                       EncodedReviews validation) {
        this.config = config;
        this.seed = seed;
        this.train = train;
        this.validation = validation;
        this.network = new MaskedLanguageModel(encoder);
        Shape tokens = new Shape(config.batchSize(), 16);
        this.session = new DeferredSession(weights -> new DjlSession("bert-mlm", network,
                new BertMaskedLanguageModelLoss(0, 1, 0), seed, weights, tokens, tokens,
                new Shape(config.batchSize(), 2)));
        this.order = Batches.shuffled(train.size(), seed, 0);
    }

    @Override
    public int stepsPerEpoch() {
        return Batches.count(train.size(), config.batchSize());
    }

    @Override
    public void startEpoch(int newEpoch) {
        this.epoch = newEpoch;
        this.order = Batches.shuffled(train.size(), seed, newEpoch);
    }

    @Override
    public double trainStep(int step, double learningRate) {
        Random random = new Random(seed * 31 + epoch * 1_000_003L + step);
        MaskedBatch batch = MaskedBatch.of(train.batch(Batches.slice(order, step, config.batchSize())),
                config.maskProbability(), network.encoder().architecture().vocabularySize(), random);
        return session.get().step(learningRate, batch::toNDLists);
    }

    @Override
    public double validationLoss() {
        int[] rows = Batches.shuffled(validation.size(), seed, -1);
        Random random = new Random(seed + 17);
        double sum = 0;
        int batches = Batches.count(rows.length, config.batchSize());
        for (int b = 0; b < batches; b++) {
            MaskedBatch batch = MaskedBatch.of(validation.batch(Batches.slice(rows, b, config.batchSize())),
                    config.maskProbability(), network.encoder().architecture().vocabularySize(), random);
            sum += session.get().evaluate(batch::toNDLists);
        }
        return sum / batches;
    }

    @Override
    public void saveCheckpoint(Path directory) {
        DjlSession.save(network, directory.resolve(CHECKPOINT_FILE));
        DjlSession.save(network.encoder(), directory.resolve(ENCODER_FILE));
    }

    @Override
    public void restoreCheckpoint(Path directory) {
        session.startFrom(network, directory.resolve(CHECKPOINT_FILE));
    }

    @Override
    public void close() {
        session.close();
    }
}
