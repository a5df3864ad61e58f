package io.shopml.training.sentiment;

import io.shopml.datasets.reviews.ReviewDataset;
import io.shopml.models.sentiment.BertArchitecture;
import io.shopml.models.sentiment.BertClassifier;
import io.shopml.models.sentiment.BertEncoder;
import io.shopml.models.sentiment.ReviewTokenizer;
import io.shopml.models.sentiment.SentimentConfig;
import io.shopml.models.sentiment.TokenizerJson;
import io.shopml.models.sentiment.WordPieceVocabularyLearner;
import io.shopml.training.loop.RunDirectory;
import io.shopml.training.loop.TrainingException;
import io.shopml.training.loop.TrainingListener;
import io.shopml.training.loop.TrainingLoop;
import io.shopml.training.loop.TrainingOutcome;
import io.shopml.training.loop.TrainingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains the BERT review classifier in three steps inside one run folder: learns the WordPiece
 * vocabulary from the training reviews ({@code tokenizer.json}), pre-trains the encoder with
 * masked-language modelling ({@code pretrain/}), then fine-tunes encoder and classifier
 * ({@code finetune/}). Both phases run on the shared {@link TrainingLoop}: seeded shuffles,
 * warm-up + cosine learning rate, early stopping, a checkpoint per epoch, resume.
 *
 * <pre>{@code
 * ReviewDataset reviews = new ReviewCsvReader().read(BundledDatasets.extract(BundledDatasets.REVIEWS_TRAIN));
 * SentimentTrainingResult result = new SentimentTrainer(SentimentConfig.quickRecipe(), 42)
 *         .train(reviews, RunDirectory.create(runs, "review-sentiment"), false, List.of());
 * result.export(new ModelRepository(repo), "review-sentiment");
 * }</pre>
 */
public final class SentimentTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(SentimentTrainer.class);

    private final SentimentConfig config;
    private final long seed;

    public SentimentTrainer(SentimentConfig config, long seed) {
        this.config = config;
        this.seed = seed;
    }

    /**
     * Trains in {@code run}. With {@code resume}, continues that run where it stopped (same
     * configuration, seed and tokenizer); the data must be the same.
     */
    public SentimentTrainingResult train(ReviewDataset data, RunDirectory run, boolean resume,
                                         List<TrainingListener> listeners) {
        SentimentTrainerRecord record = resume ? resumedRecord(run, data)
                : new SentimentTrainerRecord(config, seed, data.sha256());
        if (!resume) {
            run.writeJson(SentimentTrainerRecord.FILE, record);
        }
        SentimentConfig cfg = record.config();
        ReviewSplit split = ReviewSplit.stratified(data, cfg.validationFraction(), record.seed());
        Path tokenizerFile = run.path().resolve(TokenizerJson.FILE);
        if (!Files.exists(tokenizerFile)) {
            List<String> vocabulary = new WordPieceVocabularyLearner(cfg.vocabularySize(), 2)
                    .learn(ReviewSplit.texts(split.train()));
            TokenizerJson.write(vocabulary, cfg.maxLength(), tokenizerFile);
            LOG.info("sentiment: learnt {} WordPiece tokens from {} training reviews", vocabulary.size(),
                    split.train().size());
        }
        try (ReviewTokenizer tokenizer = ReviewTokenizer.load(tokenizerFile, cfg.maxLength())) {
            EncodedReviews train = EncodedReviews.encode(tokenizer, ReviewSplit.texts(split.train()),
                    split.classes(split.train()));
            EncodedReviews validation = EncodedReviews.encode(tokenizer, ReviewSplit.texts(split.validation()),
                    split.classes(split.validation()));
            BertArchitecture architecture = cfg.architecture(vocabularySize(tokenizerFile));
            LOG.info("sentiment: {} training and {} validation reviews, {} training tokens, labels {}",
                    train.size(), validation.size(), train.tokenCount(), split.labels());
            Map<String, Double> metrics = new LinkedHashMap<>();
            Path encoderWeights = cfg.pretrainEpochs() == 0 ? null
                    : pretrain(cfg, architecture, record.seed(), train, validation, run, resume, listeners, metrics);
            return finetune(cfg, architecture, record, split, train, validation, encoderWeights, run, resume,
                    listeners, metrics, tokenizerFile, data);
        }
    }

    private Path pretrain(SentimentConfig cfg, BertArchitecture architecture, long runSeed, EncodedReviews train,
                          EncodedReviews validation, RunDirectory run, boolean resume, List<TrainingListener> listeners,
                          Map<String, Double> metrics) {
        RunDirectory phase = phase(run, "pretrain");
        LOG.info("sentiment: masked-language-model pre-training, up to {} epochs", cfg.pretrainEpochs());
        try (MaskedLmEpochModel model = new MaskedLmEpochModel(cfg, new BertEncoder(architecture, (float) cfg.dropout()),
                runSeed, train, validation)) {
            TrainingOutcome outcome = loop(cfg.pretrainEpochs(), cfg.pretrainLearningRate(), cfg, phase, listeners)
                    .run(model, resume && phase.readState().isPresent());
            metrics.put("pretrain_validation_mlm_loss", outcome.bestValidationLoss());
            metrics.put("pretrain_best_epoch", (double) outcome.bestEpoch() + 1);
            return outcome.bestCheckpoint().resolve(MaskedLmEpochModel.ENCODER_FILE);
        }
    }

    private SentimentTrainingResult finetune(SentimentConfig cfg, BertArchitecture architecture,
                                             SentimentTrainerRecord record, ReviewSplit split, EncodedReviews train,
                                             EncodedReviews validation, Path encoderWeights, RunDirectory run,
                                             boolean resume, List<TrainingListener> listeners,
                                             Map<String, Double> metrics, Path tokenizerFile, ReviewDataset data) {
        RunDirectory phase = phase(run, "finetune");
        boolean resumePhase = resume && phase.readState().isPresent();
        LOG.info("sentiment: fine-tuning for classification, up to {} epochs", cfg.finetuneEpochs());
        BertClassifier network = new BertClassifier(new BertEncoder(architecture, (float) cfg.dropout()),
                split.labels().size(), (float) cfg.dropout());
        try (ClassifierEpochModel model = new ClassifierEpochModel(cfg, network, record.seed(), train, validation)) {
            if (encoderWeights != null && !resumePhase) {
                model.loadEncoder(encoderWeights);
            }
            long started = System.nanoTime();
            TrainingOutcome outcome = loop(cfg.finetuneEpochs(), cfg.finetuneLearningRate(), cfg, phase, listeners)
                    .run(model, resumePhase);
            double seconds = (System.nanoTime() - started) / 1e9;
            metrics.put("validation_loss", outcome.bestValidationLoss());
            metrics.put("validation_accuracy", model.validationAccuracy(outcome.bestEpoch()));
            metrics.put("best_epoch", (double) outcome.bestEpoch() + 1);
            metrics.put("epochs_run", (double) outcome.epochsRun());
            if (!resumePhase && outcome.epochsRun() > 0) {
                metrics.put("finetune_tokens_per_second", train.tokenCount() * (double) outcome.epochsRun() / seconds);
            }
            return new SentimentTrainingResult(outcome.bestCheckpoint().resolve(ClassifierEpochModel.CHECKPOINT_FILE),
                    tokenizerFile, architecture, split.labels(), cfg, record.seed(), metrics, data, split.train().size(),
                    split.validation().size(), run);
        }
    }

    private static TrainingLoop loop(int epochs, double learningRate, SentimentConfig cfg, RunDirectory phase,
                                     List<TrainingListener> listeners) {
        TrainingLoop loop = new TrainingLoop(new TrainingSettings(epochs, cfg.patience(), learningRate,
                Math.min(cfg.warmupEpochs(), epochs - 1)), phase);
        listeners.forEach(loop::addListener);
        return loop;
    }

    private static RunDirectory phase(RunDirectory run, String name) {
        Path dir = run.path().resolve(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        return new RunDirectory(dir);
    }

    private static int vocabularySize(Path tokenizerFile) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(tokenizerFile.toFile())
                    .path("model").path("vocab").size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tokenizerFile, e);
        }
    }

    private static SentimentTrainerRecord resumedRecord(RunDirectory run, ReviewDataset data) {
        SentimentTrainerRecord record = run.readJson(SentimentTrainerRecord.FILE, SentimentTrainerRecord.class)
                .orElseThrow(() -> new TrainingException("cannot resume " + run.path() + ": it has no "
                        + SentimentTrainerRecord.FILE));
        if (!record.dataSha256().equals(data.sha256())) {
            throw new TrainingException("cannot resume " + run.path() + ": the training data changed since the run "
                    + "started (fingerprint " + record.dataSha256() + ", now " + data.sha256() + ")");
        }
        return record;
    }
}
