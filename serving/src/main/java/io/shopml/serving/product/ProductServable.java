package io.shopml.serving.product;

import io.shopml.datasets.DatasetException;
import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.product.LoadedProductModel;
import io.shopml.models.product.ProductPrediction;
import io.shopml.models.product.ProductPreprocessing;
import io.shopml.models.product.SimilarItem;
import io.shopml.serving.errors.InvalidInputException;
import io.shopml.serving.registry.InferenceRequest;
import io.shopml.serving.registry.InferenceResult;
import io.shopml.serving.registry.ServableModel;
import io.shopml.serving.tensor.DataType;
import io.shopml.serving.tensor.Tensor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A loaded product recogniser. KServe requests carry exactly one of {@code image} UINT8
 * [N, size, size] (grey pixels, light product on dark, as Fashion-MNIST) or {@code image_bytes}
 * BYTES [N] (PNG/JPEG of any size, prepared as training images were); the answer holds
 * {@code probabilities} FP32 [N, C], {@code label} BYTES [N] and, only when asked for,
 * {@code embedding} FP32 [N, D].
 */
public final class ProductServable implements ServableModel {

    public static final String IMAGE = "image";
    public static final String IMAGE_BYTES = "image_bytes";
    public static final String EMBEDDING = "embedding";

    private final Manifest manifest;
    private final LoadedProductModel model;

    private ProductServable(Manifest manifest, LoadedProductModel model) {
        this.manifest = manifest;
        this.model = model;
    }

    static ProductServable load(ModelArtifact artifact, ai.djl.Device device) {
        return new ProductServable(artifact.manifest(), LoadedProductModel.load(artifact, device));
    }

    public ProductPreprocessing preprocessing() {
        return model.preprocessing();
    }

    @Override
    public Manifest manifest() {
        return manifest;
    }

    @Override
    public InferenceResult infer(InferenceRequest request) {
        List<byte[]> images = images(request.inputs());
        List<ProductPrediction> predictions = model.predict(images);
        int rows = predictions.size();
        int classes = preprocessing().classNames().size();
        float[] probabilities = new float[rows * classes];
        byte[][] labels = new byte[rows][];
        for (int r = 0; r < rows; r++) {
            ProductPrediction p = predictions.get(r);
            System.arraycopy(p.probabilities(), 0, probabilities, r * classes, classes);
            labels[r] = preprocessing().classNames().get(p.label()).getBytes(StandardCharsets.UTF_8);
        }
        List<Tensor> outputs = new ArrayList<>(List.of(
                new Tensor("probabilities", DataType.FP32, new long[] {rows, classes}, probabilities),
                new Tensor("label", DataType.BYTES, new long[] {rows}, labels)));
        if (request.requestedOutputs().contains(EMBEDDING)) {
            int dimension = preprocessing().embeddingSize();
            float[] embeddings = new float[rows * dimension];
            for (int r = 0; r < rows; r++) {
                System.arraycopy(predictions.get(r).embedding(), 0, embeddings, r * dimension, dimension);
            }
            outputs.add(new Tensor(EMBEDDING, DataType.FP32, new long[] {rows, dimension}, embeddings));
        }
        return new InferenceResult(outputs, Map.of());
    }

    /** Warms up with one black image: the signature's default would send both alternative inputs. */
    @Override
    public List<InferenceRequest> warmUpRequests() {
        int size = preprocessing().inputSize();
        return List.of(new InferenceRequest(Map.of(IMAGE, new Tensor(IMAGE, DataType.UINT8, new long[] {1, size, size},
                new int[size * size])), Map.of(), Set.of()));
    }

    /**
     * The {@code k} catalogue items most similar to an image with this embedding.
     *
     * @throws InvalidInputException when this version has no catalogue index
     */
    public List<SimilarItem> similar(float[] embedding, int k) {
        return model.index().orElseThrow(() -> new InvalidInputException("model '" + name() + "' version "
                + version() + " has no catalogue index; export it with one to search similar products"))
                .search(embedding, k);
    }

    /** Number of items in the catalogue index (0 without one). */
    public int catalogueSize() {
        return model.index().map(index -> index.size()).orElse(0);
    }

    /**
     * Prepares PNG/JPEG bytes to a model-size image.
     *
     * @throws InvalidInputException naming {@code what} when the bytes are not a decodable image
     */
    public byte[] prepare(byte[] encoded, String what) {
        try {
            return model.translator().prepare(encoded);
        } catch (DatasetException notAnImage) {
            throw new InvalidInputException(what + ": " + notAnImage.getMessage());
        }
    }

    /**
     * Checks raw grey pixels: exactly size x size values.
     *
     * @throws InvalidInputException naming {@code what} when the count is wrong
     */
    public byte[] checkPixels(byte[] pixels, String what) {
        int expected = preprocessing().pixelsPerImage();
        if (pixels.length != expected) {
            throw new InvalidInputException(what + " has " + pixels.length + " pixels, expected " + expected + " ("
                    + preprocessing().inputSize() + "x" + preprocessing().inputSize() + " grey values 0..255)");
        }
        return pixels;
    }

    @Override
    public void close() {
        model.close();
    }

    private List<byte[]> images(Map<String, Tensor> inputs) {
        Tensor pixels = inputs.get(IMAGE);
        Tensor encoded = inputs.get(IMAGE_BYTES);
        if ((pixels == null) == (encoded == null)) {
            throw new InvalidInputException("send exactly one of input '" + IMAGE + "' (UINT8 [N, "
                    + preprocessing().inputSize() + ", " + preprocessing().inputSize() + "]) or '" + IMAGE_BYTES
                    + "' (BYTES [N] PNG/JPEG), got " + (pixels == null ? "neither" : "both"));
        }
        List<byte[]> images = new ArrayList<>();
        if (encoded != null) {
            byte[][] items = encoded.bytes();
            for (int i = 0; i < items.length; i++) {
                images.add(prepare(items[i], "input '" + IMAGE_BYTES + "' item " + i));
            }
            return images;
        }
        int[] values = pixels.ints();
        int perImage = preprocessing().pixelsPerImage();
        for (int r = 0; r < values.length / perImage; r++) {
            byte[] image = new byte[perImage];
            for (int p = 0; p < perImage; p++) {
                int v = values[r * perImage + p];
                if (v < 0 || v > 255) {
                    throw new InvalidInputException("input '" + IMAGE + "' image " + r + " pixel " + p + " is " + v
                            + ", expected 0..255");
                }
                image[p] = (byte) v;
            }
            images.add(image);
        }
        return images;
    }
}
