package io.shopml.training.sentiment;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;
import io.shopml.models.sentiment.BertClassifier;
import io.shopml.models.sentiment.SentimentConfig;
import io.shopml.models.sentiment.TokenBatch;
import io.shopml.training.loop.EpochModel;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Fine-tuning for classification as the shared loop drives it: softmax cross-entropy on the
 * classifier's logits, seeded shuffles, validation loss and accuracy on the held-out reviews.
 */
final class ClassifierEpochModel implements EpochModel, AutoCloseable {

    static final String CHECKPOINT_FILE = "classifier.params";

    private final SentimentConfig config;
    private final long seed;
    private final EncodedReviews train;
    private final EncodedReviews validation;
    private final BertClassifier network;
    private final DeferredSession session;
    private int[] order;
    private final Map<Integer, Double> validationAccuracyByEpoch = new HashMap<>();
    private int epoch;

    ClassifierEpochModel(SentimentConfig config, BertClassifier network, long seed, EncodedReviews train,
                         EncodedReviews validation) {
        this.config = config;
        this.seed = seed;
        this.train = train;
        this.validation = validation;
        this.network = network;
        Shape tokens = new Shape(config.batchSize(), 16);
        this.session = new DeferredSession(weights -> new DjlSession("bert-classifier", network,
                Loss.softmaxCrossEntropyLoss(), seed, weights, tokens, tokens));
        this.order = Batches.shuffled(train.size(), seed, 0);
    }

    /** Starts from pre-trained encoder weights (before the first step). */
    void loadEncoder(Path encoderWeights) {
        session.startFrom(network.encoder(), encoderWeights);
    }

    BertClassifier network() {
        return network;
    }

    /** Validation accuracy measured after {@code epoch} in this process; NaN for an epoch run before a resume. */
    double validationAccuracy(int epoch) {
        return validationAccuracyByEpoch.getOrDefault(epoch, Double.NaN);
    }

    @Override
    public int stepsPerEpoch() {
        return Batches.count(train.size(), config.batchSize());
    }

    @Override
    public void startEpoch(int newEpoch) {
        epoch = newEpoch;
        order = Batches.shuffled(train.size(), seed, newEpoch);
    }

    @Override
    public double trainStep(int step, double learningRate) {
        int[] rows = Batches.slice(order, step, config.batchSize());
        return session.get().step(learningRate, manager -> inputsAndLabels(train, rows, manager));
    }

    @Override
    public double validationLoss() {
        double lossSum = 0;
        int correct = 0;
        int batches = Batches.count(validation.size(), config.batchSize());
        for (int b = 0; b < batches; b++) {
            int[] rows = range(b * config.batchSize(), Math.min(validation.size(), (b + 1) * config.batchSize()));
            lossSum += session.get().evaluate(manager -> inputsAndLabels(validation, rows, manager)) * rows.length;
            float[] logits = session.get().predict(manager -> validation.batch(rows).toNDList(manager));
            int classes = logits.length / rows.length;
            for (int i = 0; i < rows.length; i++) {
                int best = 0;
                for (int c = 1; c < classes; c++) {
                    if (logits[i * classes + c] > logits[i * classes + best]) {
                        best = c;
                    }
                }
                correct += best == validation.classOf(rows[i]) ? 1 : 0;
            }
        }
        validationAccuracyByEpoch.put(epoch, correct / (double) validation.size());
        return lossSum / validation.size();
    }

    @Override
    public void saveCheckpoint(Path directory) {
        DjlSession.save(network, directory.resolve(CHECKPOINT_FILE));
    }

    @Override
    public void restoreCheckpoint(Path directory) {
        session.startFrom(network, directory.resolve(CHECKPOINT_FILE));
    }

    @Override
    public void close() {
        session.close();
    }

    private static NDList[] inputsAndLabels(EncodedReviews data, int[] rows, NDManager manager) {
        TokenBatch batch = data.batch(rows);
        long[] labels = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            labels[i] = data.classOf(rows[i]);
        }
        return new NDList[] {batch.toNDList(manager), new NDList(manager.create(labels))};
    }

    private static int[] range(int from, int to) {
        int[] rows = new int[to - from];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = from + i;
        }
        return rows;
    }
}
