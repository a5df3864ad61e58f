package io.shopml.models.sentiment;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import io.shopml.models.artifact.ArtifactException;
import io.shopml.models.artifact.ModelArtifact;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentiment version loaded from a verified artifact on DJL's PyTorch engine, ready to classify;
 * used by the server and by evaluation alike. Framework {@value #FRAMEWORK_DJL} holds weights
 * trained by shopml ({@link BertClassifier}), {@value #FRAMEWORK_TORCHSCRIPT} an imported
 * TorchScript classifier taking {@code (input_ids, attention_mask)} and returning logits.
 * Thread-safe: each call gets its own predictor, whose NDManager frees the call's tensors.
 *
 * <pre>{@code
 * try (LoadedSentimentModel model = LoadedSentimentModel.load(artifact)) {
 *     List<SentimentPrediction> p = model.predict(List.of("Lovely tea", "很难喝"));
 * }
 * }</pre>
 */
public final class LoadedSentimentModel implements AutoCloseable {

    public static final String FRAMEWORK_DJL = "djl-pytorch";
    public static final String FRAMEWORK_TORCHSCRIPT = "torchscript";
    /** Texts per forward pass; a larger request is classified in batches of this size. */
    public static final int BATCH_SIZE = 32;

    private final Model model;
    private final ReviewTokenizer tokenizer;
    private final SentimentPreprocessing preprocessing;
    private final SentimentTranslator translator;

    private LoadedSentimentModel(Model model, ReviewTokenizer tokenizer, SentimentPreprocessing preprocessing) {
        this.model = model;
        this.tokenizer = tokenizer;
        this.preprocessing = preprocessing;
        this.translator = new SentimentTranslator(tokenizer, preprocessing.labels());
    }

    /** Loads a verified version on the CPU. */
    public static LoadedSentimentModel load(ModelArtifact artifact) {
        return load(artifact, Device.cpu());
    }

    /** Loads a verified version (own BERT or imported TorchScript) onto {@code device}. */
    public static LoadedSentimentModel load(ModelArtifact artifact, Device device) {
        SentimentPreprocessing preprocessing = artifact.manifest().preprocessing(SentimentPreprocessing.class);
        String framework = artifact.manifest().framework();
        Path weights = artifact.file(preprocessing.weightsFile());
        ReviewTokenizer tokenizer = ReviewTokenizer.load(artifact.file(preprocessing.tokenizerFile()),
                preprocessing.maxLength());
        Model model = Model.newInstance(artifact.manifest().name(), device, "PyTorch");
        try {
            if (FRAMEWORK_DJL.equals(framework)) {
                model.setBlock(loadClassifier(model, preprocessing, weights));
            } else if (FRAMEWORK_TORCHSCRIPT.equals(framework)) {
                model.load(weights.getParent(), stripExtension(weights.getFileName().toString()));
            } else {
                throw new ArtifactException(artifact.manifest().name(), Integer.toString(artifact.manifest().version()),
                        "framework '" + framework + "' is not a sentiment framework; expected " + FRAMEWORK_DJL
                                + " or " + FRAMEWORK_TORCHSCRIPT, null);
            }
            return new LoadedSentimentModel(model, tokenizer, preprocessing);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            model.close();
            tokenizer.close();
            if (e instanceof ArtifactException artifactError) {
                throw artifactError;
            }
            throw new ArtifactException(artifact.manifest().name(), Integer.toString(artifact.manifest().version()),
                    preprocessing.weightsFile() + " could not be loaded as " + framework + ": " + e.getMessage(), e);
        }
    }

    /** A {@link BertClassifier} with the weights of {@code file} (written by {@code saveParameters}). */
    public static BertClassifier loadClassifier(Model model, SentimentPreprocessing preprocessing, Path file)
            throws IOException, MalformedModelException {
        BertClassifier classifier = new BertClassifier(new BertEncoder(preprocessing.architecture(), 0f),
                preprocessing.labels().size(), 0f);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            classifier.loadParameters(model.getNDManager(), new DataInputStream(in));
        }
        return classifier;
    }

    /** The device the model runs on. */
    public Device device() {
        return model.getNDManager().getDevice();
    }

    public SentimentPreprocessing preprocessing() {
        return preprocessing;
    }

    public ReviewTokenizer tokenizer() {
        return tokenizer;
    }

    /**
     * Classifies texts in batches of {@link #BATCH_SIZE}, each padded to its longest text.
     *
     * @throws IllegalStateException if the network fails (a broken imported graph, say)
     */
    public List<SentimentPrediction> predict(List<String> texts) {
        List<SentimentPrediction> predictions = new ArrayList<>(texts.size());
        try (Predictor<List<String>, List<SentimentPrediction>> predictor = model.newPredictor(translator)) {
            for (int from = 0; from < texts.size(); from += BATCH_SIZE) {
                predictions.addAll(predictor.predict(texts.subList(from, Math.min(texts.size(), from + BATCH_SIZE))));
            }
        } catch (TranslateException e) {
            throw new IllegalStateException("sentiment model '" + model.getName() + "' failed: " + e.getMessage(), e);
        }
        return predictions;
    }

    @Override
    public void close() {
        model.close();
        tokenizer.close();
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
