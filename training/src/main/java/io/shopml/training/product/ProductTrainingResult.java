package io.shopml.training.product;

import io.shopml.datasets.images.LabelledImages;
import io.shopml.models.artifact.DataFingerprint;
import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.artifact.Provenance;
import io.shopml.models.artifact.TensorSpec;
import io.shopml.models.artifact.VersionDraft;
import io.shopml.models.product.EmbeddingIndex;
import io.shopml.models.product.LoadedProductModel;
import io.shopml.models.product.ProductConfig;
import io.shopml.models.product.ProductNetwork;
import io.shopml.models.product.ProductPrediction;
import io.shopml.models.product.ProductPreprocessing;
import io.shopml.training.loop.RunDirectory;
import io.shopml.training.loop.TrainingOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained product model (its best epoch's weights) with everything its manifest records.
 *
 * @param bestParameters the best checkpoint's weights file
 * @param split          the training / validation split it was trained on
 */
public record ProductTrainingResult(Path bestParameters, ProductPreprocessing preprocessing, ProductConfig config,
                                    long seed, TrainingOutcome outcome, Map<String, Double> metrics, ProductData data,
                                    ProductSplit split, RunDirectory run) {

    public static final String TASK = "product";
    public static final String FRAMEWORK = "djl-pytorch";

    /** Writes the model as the next version of {@code modelName}, with the training images as its catalogue. */
    public ModelArtifact export(ModelRepository repository, String modelName) {
        return export(repository, modelName, data.train());
    }

    /**
     * Writes the model as the next version of {@code modelName}, atomically, with the embeddings of
     * {@code catalogue} (images of the model's input size) as its similar-product index.
     */
    public ModelArtifact export(ModelRepository repository, String modelName, LabelledImages catalogue) {
        try (VersionDraft draft = repository.newDraft(modelName)) {
            Path weights = draft.directory().resolve(ProductNetwork.PARAMETERS_FILE);
            Files.copy(bestParameters, weights);
            try (LoadedProductModel model = LoadedProductModel.load(weights, preprocessing, null)) {
                catalogueIndex(model, catalogue).write(draft.directory().resolve(EmbeddingIndex.FILE));
            }
            return draft.commit(manifest(catalogue));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + bestParameters + " into the model version", e);
        }
    }

    private static EmbeddingIndex catalogueIndex(LoadedProductModel model, LabelledImages catalogue) {
        List<byte[]> images = new ArrayList<>(catalogue.count());
        for (int i = 0; i < catalogue.count(); i++) {
            images.add(catalogue.image(i));
        }
        List<float[]> embeddings = model.predict(images).stream().map(ProductPrediction::embedding).toList();
        return EmbeddingIndex.of(catalogue.ids(), catalogue.labels(), catalogue.classNames(), embeddings);
    }

    private Manifest manifest(LabelledImages catalogue) {
        long size = config.inputSize();
        long classes = preprocessing.classNames().size();
        List<TensorSpec> inputs = List.of(
                new TensorSpec("image", "UINT8", new long[] {-1, size, size}, true),
                new TensorSpec("image_bytes", "BYTES", new long[] {-1}, true));
        List<TensorSpec> outputs = List.of(
                new TensorSpec("probabilities", "FP32", new long[] {-1, classes}),
                new TensorSpec("label", "BYTES", new long[] {-1}),
                new TensorSpec("embedding", "FP32", new long[] {-1, config.embeddingSize()}));
        Map<String, Object> splitRecord = new LinkedHashMap<>();
        splitRecord.put("method", "stratified per class, seeded: validation held out of the training images");
        splitRecord.put("train", split.train().count());
        splitRecord.put("validation", split.validation().count());
        splitRecord.put("test", data.test() == null ? 0 : data.test().count());
        splitRecord.put("catalogue", catalogue.count());
        return new Manifest(Manifest.FORMAT_VERSION, null, 0, TASK, FRAMEWORK, inputs, outputs,
                Manifest.toJson(preprocessing),
                new DataFingerprint(data.source(), data.sha256(), data.train().count(), splitRecord),
                metrics, Provenance.capture(seed, config.asMap(), "cpu", run.path().getFileName().toString()),
                null, null);
    }
}
