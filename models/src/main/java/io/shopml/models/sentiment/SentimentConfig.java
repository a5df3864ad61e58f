package io.shopml.models.sentiment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every hyper-parameter of the sentiment model, declared once: CLI flags, the trainer and the
 * manifest's provenance read them from here.
 *
 * @param vocabularySize       WordPiece tokens to learn, special tokens included
 * @param maxLength            tokens read per review ([CLS] and [SEP] included); longer ones are cut
 * @param embeddingSize        encoder width
 * @param layers               transformer blocks
 * @param heads                attention heads (must divide {@code embeddingSize})
 * @param feedForwardSize      feed-forward width per block
 * @param dropout              dropout rate in the encoder and before the classifier
 * @param pretrainEpochs       masked-language-model epochs (0 skips pre-training)
 * @param finetuneEpochs       classification epochs (early stopping may end sooner)
 * @param batchSize            reviews per step
 * @param pretrainLearningRate peak Adam learning rate of pre-training
 * @param finetuneLearningRate peak Adam learning rate of fine-tuning
 * @param warmupEpochs         epochs of linear warm-up in each phase
 * @param patience             epochs without validation improvement before stopping a phase
 * @param maskProbability      share of tokens masked in pre-training (BERT: 0.15)
 * @param validationFraction   share of the training file held out, stratified, for early stopping
 */
public record SentimentConfig(int vocabularySize, int maxLength, int embeddingSize, int layers, int heads,
                              int feedForwardSize, double dropout, int pretrainEpochs, int finetuneEpochs,
                              int batchSize, double pretrainLearningRate, double finetuneLearningRate,
                              int warmupEpochs, int patience, double maskProbability, double validationFraction) {

    public SentimentConfig {
        require(vocabularySize > 100, "vocabulary size must exceed 100, got " + vocabularySize);
        require(maxLength >= 8 && maxLength <= 512, "max length must be 8..512, got " + maxLength);
        require(embeddingSize % heads == 0, "embedding size " + embeddingSize + " must be a multiple of heads " + heads);
        require(layers >= 1 && heads >= 1 && feedForwardSize >= 1, "layers, heads and feed-forward size must be positive");
        require(dropout >= 0 && dropout < 1, "dropout must be in [0, 1), got " + dropout);
        require(pretrainEpochs >= 0, "pre-training epochs must be >= 0, got " + pretrainEpochs);
        require(finetuneEpochs >= 1, "fine-tuning epochs must be positive, got " + finetuneEpochs);
        require(batchSize >= 2, "batch size must be at least 2, got " + batchSize);
        require(pretrainLearningRate > 0 && finetuneLearningRate > 0, "learning rates must be positive");
        require(warmupEpochs >= 0 && patience >= 1, "warm-up must be >= 0 and patience >= 1");
        require(maskProbability > 0 && maskProbability < 1, "mask probability must be in (0, 1), got " + maskProbability);
        require(validationFraction > 0 && validationFraction < 0.5,
                "validation fraction must be in (0, 0.5), got " + validationFraction);
    }

    /**
     * The full recipe, whose quality docs/sentiment.md reports: a 2-layer, 128-wide encoder on
     * 128 tokens; 4 pre-training and up to 6 fine-tuning epochs (1120 steps of 32 reviews).
     */
    public static SentimentConfig fullRecipe() {
        return new SentimentConfig(8000, 128, 128, 2, 4, 512, 0.1, 4, 6, 32, 1e-3, 1e-4, 1, 3, 0.15, 0.1);
    }

    /** The short recipe quickstart uses: a small encoder on 64 tokens, a few minutes on 2 cores. */
    public static SentimentConfig quickRecipe() {
        return new SentimentConfig(4000, 64, 64, 2, 2, 256, 0.1, 1, 3, 32, 1e-3, 3e-4, 0, 2, 0.15, 0.1);
    }

    public SentimentConfig withEpochs(int newPretrainEpochs, int newFinetuneEpochs) {
        return new SentimentConfig(vocabularySize, maxLength, embeddingSize, layers, heads, feedForwardSize, dropout,
                newPretrainEpochs, newFinetuneEpochs, batchSize, pretrainLearningRate, finetuneLearningRate,
                warmupEpochs, patience, maskProbability, validationFraction);
    }

    /** The encoder's shape for a learnt vocabulary of {@code learntVocabulary} tokens. */
    public BertArchitecture architecture(int learntVocabulary) {
        return new BertArchitecture(learntVocabulary, maxLength, embeddingSize, layers, heads, feedForwardSize);
    }

    /** Hyper-parameters as a plain map for the manifest's provenance. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("vocabularySize", vocabularySize);
        map.put("maxLength", maxLength);
        map.put("embeddingSize", embeddingSize);
        map.put("layers", layers);
        map.put("heads", heads);
        map.put("feedForwardSize", feedForwardSize);
        map.put("dropout", dropout);
        map.put("pretrainEpochs", pretrainEpochs);
        map.put("finetuneEpochs", finetuneEpochs);
        map.put("batchSize", batchSize);
        map.put("pretrainLearningRate", pretrainLearningRate);
        map.put("finetuneLearningRate", finetuneLearningRate);
        map.put("warmupEpochs", warmupEpochs);
        map.put("patience", patience);
        map.put("maskProbability", maskProbability);
        map.put("validationFraction", validationFraction);
        return map;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
