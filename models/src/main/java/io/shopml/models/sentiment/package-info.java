/**
 * The BERT review-sentiment model on DJL (PyTorch engine) with Hugging Face tokenizers: the
 * WordPiece vocabulary learner and {@code tokenizer.json} writer, the encoder, classifier and
 * masked-language-model blocks, the translator shared by evaluation and serving, and the loaded
 * model for trained and imported (TorchScript) versions.
 *
 * <pre>{@code
 * List<String> vocab = new WordPieceVocabularyLearner(8000, 2).learn(trainingTexts);
 * TokenizerJson.write(vocab, 128, dir.resolve(TokenizerJson.FILE));
 * try (ReviewTokenizer tokenizer = ReviewTokenizer.load(dir.resolve(TokenizerJson.FILE), 128)) {
 *     TokenBatch batch = tokenizer.encode(List.of("Great tea", "很好喝"));   // padded to the longest
 * }
 * try (LoadedSentimentModel model = LoadedSentimentModel.load(repository.open("review-sentiment", 1))) {
 *     SentimentPrediction p = model.predict(List.of("Stale and bland")).get(0);   // p.label() == "other"
 * }
 * }</pre>
 */
package io.shopml.models.sentiment;
