package io.shopml.models.sentiment;

import java.util.List;

/**
 * What a sentiment model needs besides its weights; stored in the manifest's
 * {@code preprocessing}.
 *
 * @param labels        class names in output order
 * @param maxLength     the most tokens read per text, [CLS] and [SEP] included
 * @param tokenizerFile the Hugging Face {@code tokenizer.json} inside the version
 * @param weightsFile   the weights inside the version: DJL parameters or a TorchScript file
 * @param architecture  the encoder's shape for DJL weights; {@code null} for TorchScript, whose file
 *                      carries its own graph
 * @param inputNames    the network's inputs in order, e.g. {@code [input_ids, attention_mask]}
 */
public record SentimentPreprocessing(List<String> labels, int maxLength, String tokenizerFile, String weightsFile,
                                     BertArchitecture architecture, List<String> inputNames) {

    /** Inputs of every sentiment network: token ids and the attention mask, INT64 [N, S]. */
    public static final List<String> INPUT_NAMES = List.of("input_ids", "attention_mask");

    public SentimentPreprocessing {
        labels = List.copyOf(labels);
        inputNames = List.copyOf(inputNames);
        if (labels.size() < 2) {
            throw new IllegalArgumentException("a sentiment model needs at least 2 labels, got " + labels);
        }
    }
}
