package io.shopml.models.product;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.ParameterStore;
import io.shopml.models.artifact.ModelArtifact;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A product model version loaded for inference, used by the server and by evaluation alike:
 * recognition, embeddings and similar-product search over the catalogue index stored with it.
 * Each call works in its own child {@link NDManager}, so a request's native tensors are freed when
 * it returns; calls may run concurrently. Close it to free the weights.
 *
 * <pre>{@code
 * try (LoadedProductModel model = LoadedProductModel.load(repository.openLatest("product-recognizer"))) {
 *     ProductPrediction p = model.predict(List.of(pixels)).get(0);
 *     List<SimilarItem> similar = model.similar(pixels, 10);
 * }
 * }</pre>
 */
public final class LoadedProductModel implements AutoCloseable {

    /** Largest batch sent through the network at once; bigger requests are split. */
    private static final int MAX_FORWARD_BATCH = 256;

    private final NDManager manager;
    private final ProductNetwork network;
    private final ProductTranslator translator;
    private final EmbeddingIndex index;

    private LoadedProductModel(NDManager manager, ProductNetwork network, ProductTranslator translator,
                               EmbeddingIndex index) {
        this.manager = manager;
        this.network = network;
        this.translator = translator;
        this.index = index;
    }

    /** Loads a verified version on the CPU: its weights and, when present, its catalogue index. */
    public static LoadedProductModel load(ModelArtifact artifact) {
        return load(artifact, Device.cpu());
    }

    /** Loads a verified version onto {@code device}: its weights and, when present, its catalogue index. */
    public static LoadedProductModel load(ModelArtifact artifact, Device device) {
        ProductPreprocessing preprocessing = artifact.manifest().preprocessing(ProductPreprocessing.class);
        Path indexFile = artifact.directory().resolve(EmbeddingIndex.FILE);
        EmbeddingIndex index = artifact.manifest().files().containsKey(EmbeddingIndex.FILE)
                ? EmbeddingIndex.read(indexFile) : null;
        return load(artifact.file(ProductNetwork.PARAMETERS_FILE), preprocessing, index, device);
    }

    /** Loads weights written by {@link ProductNetwork#save} on the CPU; {@code index} may be null. */
    public static LoadedProductModel load(Path parametersFile, ProductPreprocessing preprocessing, EmbeddingIndex index) {
        return load(parametersFile, preprocessing, index, Device.cpu());
    }

    /** Loads weights written by {@link ProductNetwork#save} onto {@code device}; {@code index} may be null. */
    public static LoadedProductModel load(Path parametersFile, ProductPreprocessing preprocessing, EmbeddingIndex index,
                                          Device device) {
        if (!Files.isRegularFile(parametersFile)) {
            throw new IllegalArgumentException("product model weights " + parametersFile + " do not exist");
        }
        NDManager manager = NDManager.newBaseManager(device, "PyTorch");
        try {
            ProductNetwork network = ProductNetwork.create(preprocessing);
            network.initialize(manager, DataType.FLOAT32, ProductNetwork.inputShape(preprocessing.inputSize(), 1));
            network.load(manager, parametersFile);
            return new LoadedProductModel(manager, network, new ProductTranslator(preprocessing), index);
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    public ProductTranslator translator() {
        return translator;
    }

    public ProductPreprocessing preprocessing() {
        return translator.preprocessing();
    }

    /** The catalogue index, when the version has one. */
    public Optional<EmbeddingIndex> index() {
        return Optional.ofNullable(index);
    }

    /** Probabilities and embeddings for model-size images (see {@link ProductTranslator#prepare}). */
    public List<ProductPrediction> predict(List<byte[]> images) {
        List<ProductPrediction> predictions = new ArrayList<>(images.size());
        for (int from = 0; from < images.size(); from += MAX_FORWARD_BATCH) {
            List<byte[]> batch = images.subList(from, Math.min(images.size(), from + MAX_FORWARD_BATCH));
            try (NDManager scope = manager.newSubManager()) {
                NDArray input = translator.encode(scope, batch);
                NDList outputs = network.forward(new ParameterStore(scope, false), new NDList(input), false);
                predictions.addAll(translator.decode(outputs));
            }
        }
        return predictions;
    }

    /**
     * The {@code k} catalogue items most similar to a model-size image.
     *
     * @throws IllegalStateException when this version was exported without a catalogue index
     */
    public List<SimilarItem> similar(byte[] image, int k) {
        if (index == null) {
            throw new IllegalStateException("this product model version has no catalogue index; export it with one");
        }
        return index.search(predict(List.of(image)).get(0).embedding(), k);
    }

    @Override
    public void close() {
        manager.close();
    }
}
