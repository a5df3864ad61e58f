package io.shopml.models.sentiment;

/**
 * The shape of a BERT encoder: what a saved set of weights needs to be rebuilt.
 *
 * @param vocabularySize  tokens in the tokenizer's vocabulary
 * @param maxLength       the most tokens per text (position embeddings), special tokens included
 * @param embeddingSize   hidden width; a multiple of {@code heads}
 * @param layers          transformer encoder blocks
 * @param heads           attention heads per block
 * @param feedForwardSize width of each block's feed-forward layer
 */
public record BertArchitecture(int vocabularySize, int maxLength, int embeddingSize, int layers, int heads,
                               int feedForwardSize) {

    public BertArchitecture {
        require(vocabularySize > WordPieceVocabularyLearner.SPECIAL_TOKENS.size(),
                "vocabulary size must exceed the special tokens, got " + vocabularySize);
        require(maxLength >= 3, "max length must be at least 3 ([CLS] token [SEP]), got " + maxLength);
        require(embeddingSize >= 1 && heads >= 1 && embeddingSize % heads == 0,
                "embedding size " + embeddingSize + " must be a positive multiple of the heads " + heads);
        require(layers >= 1 && layers <= 24, "layers must be 1..24, got " + layers);
        require(feedForwardSize >= 1, "feed-forward size must be positive, got " + feedForwardSize);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
