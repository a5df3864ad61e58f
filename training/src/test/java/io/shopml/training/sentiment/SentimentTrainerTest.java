package io.shopml.training.sentiment;

import io.shopml.datasets.BundledDatasets;
import io.shopml.datasets.reviews.ReviewCsvReader;
import io.shopml.datasets.reviews.ReviewDataset;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.sentiment.BertClassifier;
import io.shopml.models.sentiment.BertEncoder;
import io.shopml.models.sentiment.LoadedSentimentModel;
import io.shopml.models.sentiment.ReviewTokenizer;
import io.shopml.models.sentiment.SentimentConfig;
import io.shopml.models.sentiment.SentimentPrediction;
import io.shopml.models.sentiment.TokenizerJson;
import io.shopml.models.sentiment.WordPieceVocabularyLearner;
import io.shopml.training.loop.RunDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A tiny BERT on a slice of the real reviews: learning, pre-train + fine-tune, export and reload. */
class SentimentTrainerTest {

    /** Tiny: 1 layer of width 32 on 32 tokens, 1 MLM and 2 fine-tuning epochs. */
    static final SentimentConfig TINY = new SentimentConfig(600, 32, 32, 1, 2, 64, 0.1, 1, 2, 16, 1e-3, 1e-3, 0, 2,
            0.15, 0.2);

    @TempDir
    static Path dir;

    private static ReviewDataset reviews;

    @BeforeAll
    static void readSlice() throws Exception {
        ReviewDataset all = new ReviewCsvReader().read(BundledDatasets.extract(BundledDatasets.REVIEWS_TRAIN));
        Path slice = dir.resolve("slice.csv");
        StringBuilder csv = new StringBuilder("review,score\n");
        all.reviews().subList(0, 240).forEach(r -> csv.append('"').append(r.text().replace("\"", "\"\""))
                .append("\",").append(r.label()).append('\n'));
        Files.writeString(slice, csv);
        reviews = new ReviewCsvReader().read(slice);
    }

    @Test
    void classifierSteps_onOneBatch_lowerTheLoss() {
        ReviewSplit split = ReviewSplit.stratified(reviews, 0.2, 1);
        Path tokenizerFile = dir.resolve("steps-" + TokenizerJson.FILE);
        TokenizerJson.write(new WordPieceVocabularyLearner(600, 2).learn(ReviewSplit.texts(split.train())), 32,
                tokenizerFile);
        try (ReviewTokenizer tokenizer = ReviewTokenizer.load(tokenizerFile, 32)) {
            EncodedReviews train = EncodedReviews.encode(tokenizer, ReviewSplit.texts(split.train()),
                    split.classes(split.train()));
            BertClassifier network = new BertClassifier(new BertEncoder(TINY.architecture(600), 0f), 2, 0f);
            try (ClassifierEpochModel model = new ClassifierEpochModel(TINY, network, 7, train, train)) {
                model.startEpoch(0);
                double first = model.trainStep(0, 1e-3);
                double last = first;
                for (int i = 0; i < 15; i++) {
                    last = model.trainStep(0, 1e-3);
                }
                assertTrue(last < first - 0.1, "loss " + first + " -> " + last);
            }
        }
    }

    @Test
    void checkpoint_afterStartingFromAPretrainedEncoder_holdsTheTrainedWeights() throws Exception {
        ReviewSplit split = ReviewSplit.stratified(reviews, 0.2, 1);
        Path tokenizerFile = dir.resolve("ckpt-" + TokenizerJson.FILE);
        TokenizerJson.write(new WordPieceVocabularyLearner(600, 2).learn(ReviewSplit.texts(split.train())), 32,
                tokenizerFile);
        try (ReviewTokenizer tokenizer = ReviewTokenizer.load(tokenizerFile, 32)) {
            EncodedReviews train = EncodedReviews.encode(tokenizer, ReviewSplit.texts(split.train()),
                    split.classes(split.train()));
            Path encoderFile = dir.resolve("encoder.params");
            try (MaskedLmEpochModel pretrain = new MaskedLmEpochModel(TINY, new BertEncoder(TINY.architecture(600), 0f),
                    5, train, train)) {
                pretrain.startEpoch(0);
                pretrain.trainStep(0, 1e-3);
                Path pretrainCheckpoint = Files.createDirectories(dir.resolve("mlm-ckpt"));
                pretrain.saveCheckpoint(pretrainCheckpoint);
                Files.copy(pretrainCheckpoint.resolve(MaskedLmEpochModel.ENCODER_FILE), encoderFile);
            }
            Path checkpoint = Files.createDirectories(dir.resolve("classifier-ckpt"));
            double trainedLoss;
            try (ClassifierEpochModel model = new ClassifierEpochModel(TINY,
                    new BertClassifier(new BertEncoder(TINY.architecture(600), 0f), 2, 0f), 7, train, train)) {
                model.loadEncoder(encoderFile);
                model.startEpoch(0);
                for (int i = 0; i < 8; i++) {
                    model.trainStep(0, 1e-3);
                }
                trainedLoss = model.validationLoss();
                model.saveCheckpoint(checkpoint);
                assertThrows(IllegalStateException.class, () -> model.restoreCheckpoint(checkpoint),
                        "weights loaded after training started would be ignored by DJL's trainer");
            }
            try (ClassifierEpochModel restored = new ClassifierEpochModel(TINY,
                    new BertClassifier(new BertEncoder(TINY.architecture(600), 0f), 2, 0f), 7, train, train)) {
                restored.restoreCheckpoint(checkpoint);
                assertEquals(trainedLoss, restored.validationLoss(), 1e-4,
                        "the checkpoint reproduces the trained network, not the encoder it started from");
            }
        }
    }

    @Test
    void train_thenExportAndLoad_givesTheTrainedModelsOutputsAndAManifest() throws Exception {
        SentimentTrainingResult result = new SentimentTrainer(TINY, 3)
                .train(reviews, RunDirectory.create(dir.resolve("runs"), "s"), false, List.of());
        ModelArtifact artifact = result.export(new ModelRepository(dir.resolve("repo")), "review-sentiment");

        assertEquals("sentiment", artifact.manifest().task());
        assertEquals(List.of("great", "other"), result.labels());
        assertTrue(Files.exists(result.run().path().resolve("pretrain/metrics.jsonl")));
        assertTrue(Files.exists(result.run().path().resolve("finetune/metrics.jsonl")));
        assertTrue(result.metrics().get("validation_accuracy") > 0.3, result.metrics().toString());
        List<String> texts = List.of("Delicious, my kids love it", "stale and tasteless, never again", "很好喝");
        try (LoadedSentimentModel first = LoadedSentimentModel.load(artifact);
             LoadedSentimentModel second = LoadedSentimentModel.load(ModelArtifact.verifyAndOpen(artifact.directory()))) {
            List<SentimentPrediction> a = first.predict(texts);
            List<SentimentPrediction> b = second.predict(texts);
            for (int i = 0; i < texts.size(); i++) {
                assertArrayEquals(a.get(i).probabilities(), b.get(i).probabilities());
                assertEquals(1.0, a.get(i).probabilities()[0] + a.get(i).probabilities()[1], 1e-5);
            }
            List<SentimentPrediction> alone = first.predict(List.of(texts.get(0)));
            assertArrayEquals(a.get(0).probabilities(), alone.get(0).probabilities(), 1e-5f,
                    "padding to a longer text in the batch does not change the answer");
        }
    }
}
