/**
 * Scoring the review-sentiment model against the baselines it has to beat, on the held-out test
 * reviews: TF-IDF + logistic regression ({@link io.shopml.evaluation.sentiment.TfIdfLogisticRegression}),
 * the AFINN-165 lexicon ({@link io.shopml.evaluation.sentiment.LexiconClassifier}), accuracy, macro-F1,
 * ROC-AUC and confusion matrices ({@link io.shopml.evaluation.sentiment.SentimentEvaluation}), and the
 * report section of {@code shopml evaluate --all}.
 *
 * <pre>{@code
 * ReviewDataset train = SentimentModelEvaluator.bundledTraining();
 * ReviewDataset test = new ReviewCsvReader().read(BundledDatasets.extract(BundledDatasets.REVIEWS_TEST));
 * SentimentEvaluation evaluation = SentimentModelEvaluator.compare(repository.openLatest("review-sentiment"), train, test);
 * System.out.println(evaluation.toTable());
 * evaluation.writeJson(Path.of("sentiment.json"));
 * }</pre>
 */
package io.shopml.evaluation.sentiment;
