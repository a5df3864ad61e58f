package io.shopml.evaluation.bench;

import io.shopml.evaluation.pytorch.PyTorchBenchResult;
import io.shopml.evaluation.pytorch.PyTorchPeer;
import io.shopml.models.sentiment.SentimentConfig;
import io.shopml.training.sentiment.ClassifierStepTimer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Fine-tuning steps per second of the shopml sentiment BERT (DJL, PyTorch engine) on random full-length
 * token ids, and of its twin {@code bert_train_bench.py} in PyTorch with the same size, batch and
 * sequence length; tokens per second is steps per second times {@link #tokensPerStep()}.
 */
public final class SentimentTrainBench implements TrainBench {

    static final String PEER_SCRIPT = "bert_train_bench.py";
    private static final int CLASSES = 2;
    private static final long SEED = 1;

    private final SentimentConfig config;
    private final int steps;
    private final int warmup;
    private final int threads;

    public SentimentTrainBench(SentimentConfig config, int steps, int warmup, int threads) {
        this.config = config;
        this.steps = steps;
        this.warmup = warmup;
        this.threads = threads;
    }

    /** Tokens one step reads: batch x sequence length. */
    public long tokensPerStep() {
        return (long) config.batchSize() * config.maxLength();
    }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "BERT %d x %d-wide, %d heads, feed-forward %d, vocabulary %d, batch %d x %d "
                        + "tokens (%d tokens/step), Adam, cross-entropy; %d warm-up + %d timed steps",
                config.layers(), config.embeddingSize(), config.heads(), config.feedForwardSize(),
                config.vocabularySize(), config.batchSize(), config.maxLength(), tokensPerStep(), warmup, steps);
    }

    @Override
    public double shopmlStepsPerSecond() {
        return ClassifierStepTimer.stepsPerSecond(config, CLASSES, steps, warmup, SEED);
    }

    @Override
    public Optional<PyTorchBenchResult> peerStepsPerSecond(PyTorchPeer peer) {
        return peer.run(PEER_SCRIPT, List.of("--vocab", Integer.toString(config.vocabularySize()),
                "--max-length", Integer.toString(config.maxLength()),
                "--embedding", Integer.toString(config.embeddingSize()),
                "--layers", Integer.toString(config.layers()), "--heads", Integer.toString(config.heads()),
                "--ff", Integer.toString(config.feedForwardSize()), "--classes", Integer.toString(CLASSES),
                "--dropout", Double.toString(config.dropout()), "--batch", Integer.toString(config.batchSize()),
                "--steps", Integer.toString(steps), "--warmup", Integer.toString(warmup),
                "--threads", Integer.toString(threads), "--seed", Long.toString(SEED)));
    }

    /**
     * {@code bench train sentiment}: the full recipe's encoder and batch (options' batch overrides it).
     * DJL's PyTorch engine takes its thread count from {@code OMP_NUM_THREADS} at start-up; run with
     * the same value as {@code --threads} so both sides use as many cores.
     */
    public static final class Provider implements TrainBenchProvider {

        @Override
        public String model() {
            return "sentiment";
        }

        @Override
        public TrainBench create(TrainBenchOptions o) {
            SentimentConfig full = SentimentConfig.fullRecipe();
            SentimentConfig config = o.batch() == 0 ? full : new SentimentConfig(full.vocabularySize(),
                    full.maxLength(), full.embeddingSize(), full.layers(), full.heads(), full.feedForwardSize(),
                    full.dropout(), full.pretrainEpochs(), full.finetuneEpochs(), o.batch(),
                    full.pretrainLearningRate(), full.finetuneLearningRate(), full.warmupEpochs(), full.patience(),
                    full.maskProbability(), full.validationFraction());
            return new SentimentTrainBench(config, o.steps(), o.warmup(), o.threads());
        }
    }
}
