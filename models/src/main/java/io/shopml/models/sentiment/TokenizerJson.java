package io.shopml.models.sentiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a WordPiece vocabulary as a standard Hugging Face {@code tokenizer.json}: the
 * {@code BertNormalizer} (clean text, Chinese characters split, lower case, accents stripped),
 * the {@code BertPreTokenizer}, the WordPiece model with {@code ##} continuations, the
 * {@code [CLS] text [SEP]} post-processor, right truncation to {@code maxLength} and padding to
 * the longest text of a batch. Any Hugging Face tokenizer (Python, Rust, DJL) reads it as is.
 *
 * <pre>{@code
 * TokenizerJson.write(new WordPieceVocabularyLearner(8000, 2).learn(texts), 128, dir.resolve("tokenizer.json"));
 * }</pre>
 */
public final class TokenizerJson {

    /** File name of the tokenizer inside a model version. */
    public static final String FILE = "tokenizer.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TokenizerJson() {
    }

    /**
     * @param vocabulary tokens in id order, starting with {@link WordPieceVocabularyLearner#SPECIAL_TOKENS}
     * @param maxLength  the most tokens per text, [CLS] and [SEP] included
     */
    public static void write(List<String> vocabulary, int maxLength, Path file) {
        if (!vocabulary.subList(0, WordPieceVocabularyLearner.SPECIAL_TOKENS.size())
                .equals(WordPieceVocabularyLearner.SPECIAL_TOKENS)) {
            throw new IllegalArgumentException("vocabulary must start with " + WordPieceVocabularyLearner.SPECIAL_TOKENS);
        }
        ObjectNode root = NODES.objectNode();
        root.put("version", "1.0");
        ObjectNode truncation = root.putObject("truncation");
        truncation.put("direction", "Right");
        truncation.put("max_length", maxLength);
        truncation.put("strategy", "LongestFirst");
        truncation.put("stride", 0);
        ObjectNode padding = root.putObject("padding");
        padding.put("strategy", "BatchLongest");
        padding.put("direction", "Right");
        padding.putNull("pad_to_multiple_of");
        padding.put("pad_id", 0);
        padding.put("pad_type_id", 0);
        padding.put("pad_token", "[PAD]");
        ArrayNode added = root.putArray("added_tokens");
        for (int id = 0; id < WordPieceVocabularyLearner.SPECIAL_TOKENS.size(); id++) {
            ObjectNode token = added.addObject();
            token.put("id", id);
            token.put("content", WordPieceVocabularyLearner.SPECIAL_TOKENS.get(id));
            token.put("single_word", false);
            token.put("lstrip", false);
            token.put("rstrip", false);
            token.put("normalized", false);
            token.put("special", true);
        }
        ObjectNode normalizer = root.putObject("normalizer");
        normalizer.put("type", "BertNormalizer");
        normalizer.put("clean_text", true);
        normalizer.put("handle_chinese_chars", true);
        normalizer.putNull("strip_accents");
        normalizer.put("lowercase", true);
        root.putObject("pre_tokenizer").put("type", "BertPreTokenizer");
        ObjectNode post = root.putObject("post_processor");
        post.put("type", "BertProcessing");
        post.putArray("sep").add("[SEP]").add(vocabulary.indexOf("[SEP]"));
        post.putArray("cls").add("[CLS]").add(vocabulary.indexOf("[CLS]"));
        ObjectNode decoder = root.putObject("decoder");
        decoder.put("type", "WordPiece");
        decoder.put("prefix", "##");
        decoder.put("cleanup", true);
        ObjectNode model = root.putObject("model");
        model.put("type", "WordPiece");
        model.put("unk_token", "[UNK]");
        model.put("continuing_subword_prefix", "##");
        model.put("max_input_chars_per_word", 100);
        ObjectNode vocab = model.putObject("vocab");
        for (int id = 0; id < vocabulary.size(); id++) {
            vocab.put(vocabulary.get(id), id);
        }
        try {
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write tokenizer to " + file, e);
        }
    }
}
