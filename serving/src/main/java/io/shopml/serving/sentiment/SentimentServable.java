package io.shopml.serving.sentiment;

import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.sentiment.LoadedSentimentModel;
import io.shopml.models.sentiment.SentimentPrediction;
import io.shopml.serving.errors.InvalidInputException;
import io.shopml.serving.registry.InferenceRequest;
import io.shopml.serving.registry.InferenceResult;
import io.shopml.serving.registry.ServableModel;
import io.shopml.serving.tensor.DataType;
import io.shopml.serving.tensor.Tensor;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A loaded sentiment version. KServe requests carry {@code text} BYTES [N] of UTF-8; the answer
 * is {@code probabilities} FP32 [N, C] and {@code label} BYTES [N], plus the response parameter
 * {@value #TRUNCATED_PARAMETER}: the comma-separated indices of texts cut to the model's maximum
 * length (empty when none was). Texts are classified in batches padded to their longest text.
 */
public final class SentimentServable implements ServableModel {

    /** Most texts in one request; more is INVALID_ARGUMENT. */
    public static final int MAX_TEXTS = 256;
    /** Response parameter naming the truncated texts. */
    public static final String TRUNCATED_PARAMETER = "truncated_indices";
    /** The input: UTF-8 texts, BYTES [N]. */
    public static final String TEXT = "text";
    /** Per-row truncation flags between {@link #infer} and {@link #forCaller}; callers never see them. */
    static final String TRUNCATED_ROWS = "truncated_rows";
    private static final String INPUT_ELEMENT = "input 'text' element ";
    private static final int SHORTEST_GROUP = 16;
    /** Response parameter with the model's maximum tokens per text. */
    public static final String MAX_TOKENS_PARAMETER = "max_tokens";

    private final Manifest manifest;
    private final LoadedSentimentModel model;

    private SentimentServable(Manifest manifest, LoadedSentimentModel model) {
        this.manifest = manifest;
        this.model = model;
    }

    static SentimentServable load(ModelArtifact artifact, ai.djl.Device device) {
        return new SentimentServable(artifact.manifest(), LoadedSentimentModel.load(artifact, device));
    }

    public List<String> labels() {
        return model.preprocessing().labels();
    }

    public int maxTokens() {
        return model.preprocessing().maxLength();
    }

    @Override
    public Manifest manifest() {
        return manifest;
    }

    /** Checks the request's texts: 1..{@link #MAX_TEXTS}, valid UTF-8, none blank. */
    @Override
    public void validate(InferenceRequest request) {
        checkTexts(texts(request), INPUT_ELEMENT);
    }

    /**
     * Batches on a GPU only. On the CPU a merged batch cost more per text than single requests
     * did, even grouped by length: measured with {@code bench serve --compare-batching} on the
     * bundled reviews, batching gave 0.55-0.73x the throughput of batching off at concurrency
     * 1-64, and the in-process batch of 32 ran fewer texts per second than single calls
     * (docs/benchmarks.md).
     */
    @Override
    public boolean supportsBatching() {
        return model.device().isGpu() && ServableModel.super.supportsBatching();
    }

    /**
     * Groups requests by their longest text, in tokens rounded up to a power of two (at least
     * {@value #SHORTEST_GROUP}): a batch is padded to its longest text, and measured on the bundled
     * reviews, mixing lengths made a merged batch cost more than its requests did alone
     * (docs/benchmarks.md). Within a group, padding at most doubles a request's tokens.
     */
    @Override
    public String batchGroup(InferenceRequest request) {
        int longest = model.tokenizer().encode(texts(request)).length();
        int group = SHORTEST_GROUP;
        while (group < longest) {
            group *= 2;
        }
        return "tokens<=" + group;
    }

    @Override
    public InferenceResult infer(InferenceRequest request) {
        List<String> texts = texts(request);
        if (texts.isEmpty()) {
            throw new InvalidInputException("no texts: send 1 to " + MAX_TEXTS + " non-empty texts");
        }
        List<SentimentPrediction> predictions = model.predict(texts);
        int classes = labels().size();
        float[] probabilities = new float[predictions.size() * classes];
        byte[][] labels = new byte[predictions.size()][];
        boolean[] truncated = new boolean[predictions.size()];
        for (int i = 0; i < predictions.size(); i++) {
            SentimentPrediction p = predictions.get(i);
            System.arraycopy(p.probabilities(), 0, probabilities, i * classes, classes);
            labels[i] = p.label().getBytes(StandardCharsets.UTF_8);
            truncated[i] = p.truncated();
        }
        long[] rows = {predictions.size()};
        return new InferenceResult(List.of(
                new Tensor("probabilities", DataType.FP32, new long[] {predictions.size(), classes}, probabilities),
                new Tensor("label", DataType.BYTES, rows, labels),
                new Tensor(TRUNCATED_ROWS, DataType.BOOL, rows, truncated)), Map.of());
    }

    /** Turns the per-row truncation flags into {@value #TRUNCATED_PARAMETER} over the caller's texts. */
    @Override
    public InferenceResult forCaller(InferenceResult rows) {
        List<Tensor> outputs = new ArrayList<>();
        StringBuilder truncated = new StringBuilder();
        for (Tensor output : rows.outputs()) {
            if (!output.name().equals(TRUNCATED_ROWS)) {
                outputs.add(output);
                continue;
            }
            boolean[] flags = (boolean[]) output.data();
            for (int i = 0; i < flags.length; i++) {
                if (flags[i]) {
                    truncated.append(truncated.isEmpty() ? "" : ",").append(i);
                }
            }
        }
        return new InferenceResult(outputs, Map.of(TRUNCATED_PARAMETER, truncated.toString(),
                MAX_TOKENS_PARAMETER, (long) maxTokens()));
    }

    /**
     * Checks texts as one request must send them: 1..{@link #MAX_TEXTS}, none blank.
     *
     * @param what how an error names an element, followed by its index, e.g. {@code "texts["}
     * @throws InvalidInputException naming the offending index
     */
    public static void checkTexts(List<String> texts, String what) {
        if (texts.isEmpty()) {
            throw new InvalidInputException("no texts: send 1 to " + MAX_TEXTS + " non-empty texts");
        }
        if (texts.size() > MAX_TEXTS) {
            throw new InvalidInputException(texts.size() + " texts in one request; at most " + MAX_TEXTS
                    + " are accepted: split the request");
        }
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).isBlank()) {
                throw new InvalidInputException(what + i + (what.endsWith("[") ? "]" : "")
                        + " is empty: every text needs at least one non-space character");
            }
        }
    }

    /** The indices listed in a result's {@value #TRUNCATED_PARAMETER} parameter. */
    public static Set<Integer> truncatedIndices(InferenceResult result) {
        Object listed = result.parameters().getOrDefault(TRUNCATED_PARAMETER, "");
        Set<Integer> indices = new HashSet<>();
        for (String index : listed.toString().split(",")) {
            if (!index.isEmpty()) {
                indices.add(Integer.parseInt(index));
            }
        }
        return indices;
    }

    private static List<String> texts(InferenceRequest request) {
        byte[][] raw = request.inputs().get(TEXT).bytes();
        List<String> texts = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            texts.add(decode(raw[i], INPUT_ELEMENT + i));
        }
        return texts;
    }

    @Override
    public void close() {
        model.close();
    }

    private static String decode(byte[] bytes, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(what + " is not valid UTF-8 (" + e.getMessage() + ")");
        }
    }
}
