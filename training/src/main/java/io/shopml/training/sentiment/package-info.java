/**
 * Training of the BERT review-sentiment classifier: WordPiece vocabulary, masked-language-model
 * pre-training and fine-tuning, both on the shared training loop, and export.
 *
 * <pre>{@code
 * ReviewDataset reviews = new ReviewCsvReader().read(BundledDatasets.extract(BundledDatasets.REVIEWS_TRAIN));
 * SentimentTrainingResult result = new SentimentTrainer(SentimentConfig.fullRecipe(), 42)
 *         .train(reviews, RunDirectory.create(Path.of("runs"), "review-sentiment"), false,
 *                 List.of(ProgressBarListener.toConsole()));
 * ModelArtifact version = result.export(new ModelRepository(Path.of("models")), "review-sentiment");
 * }</pre>
 */
package io.shopml.training.sentiment;
