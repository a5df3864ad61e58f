package io.shopml.models.product;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.shopml.datasets.images.ImagePreparation;
import java.util.ArrayList;
import java.util.List;

/**
 * Images to network input and network output to predictions, for training, evaluation and serving
 * alike (DJL's Translator idea, batch-first): photos are prepared by {@link ImagePreparation},
 * pixels normalised with the training set's statistics into {@code [N, 1, size, size]}, and the
 * network's {@code [logits, embedding]} turned into probabilities and embeddings.
 *
 * <pre>{@code
 * ProductTranslator translator = new ProductTranslator(preprocessing);
 * byte[] pixels = translator.prepare(pngBytes);
 * NDArray input = translator.encode(manager, List.of(pixels));
 * List<ProductPrediction> predictions = translator.decode(network.forward(store, new NDList(input), false));
 * }</pre>
 */
public final class ProductTranslator {

    private final ProductPreprocessing preprocessing;
    private final ImagePreparation preparation;

    public ProductTranslator(ProductPreprocessing preprocessing) {
        this.preprocessing = preprocessing;
        this.preparation = new ImagePreparation(preprocessing.inputSize());
    }

    public ProductPreprocessing preprocessing() {
        return preprocessing;
    }

    /**
     * Decodes and prepares an encoded photo (PNG, JPEG, any size) to model-size pixels.
     *
     * @throws io.shopml.datasets.DatasetException when the bytes are not a decodable image
     */
    public byte[] prepare(byte[] encodedImage) {
        return preparation.prepare(encodedImage);
    }

    /** Normalised pixels of a batch, image after image, as the network's input values. */
    public float[] normalise(List<byte[]> images) {
        int pixels = preprocessing.pixelsPerImage();
        float[] values = new float[images.size() * pixels];
        for (int i = 0; i < images.size(); i++) {
            byte[] image = images.get(i);
            if (image.length != pixels) {
                throw new IllegalArgumentException("image " + i + " has " + image.length + " pixels, expected "
                        + pixels + " (" + preprocessing.inputSize() + "x" + preprocessing.inputSize() + ")");
            }
            for (int p = 0; p < pixels; p++) {
                values[i * pixels + p] = preprocessing.pixels().normalise(image[p] & 0xff);
            }
        }
        return values;
    }

    /** The network input {@code [N, 1, size, size]} for these model-size images, owned by {@code manager}. */
    public NDArray encode(NDManager manager, List<byte[]> images) {
        int size = preprocessing.inputSize();
        return manager.create(normalise(images), new Shape(images.size(), 1, size, size));
    }

    /** The network's {@code [logits, embedding]} as one prediction per image. */
    public List<ProductPrediction> decode(NDList outputs) {
        NDArray logits = outputs.get(0);
        int rows = (int) logits.getShape().get(0);
        int classes = (int) logits.getShape().get(1);
        float[] probabilities = logits.softmax(1).toFloatArray();
        float[] embeddings = outputs.get(1).toFloatArray();
        int dimension = embeddings.length / rows;
        List<ProductPrediction> predictions = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            float[] p = new float[classes];
            float[] e = new float[dimension];
            System.arraycopy(probabilities, r * classes, p, 0, classes);
            System.arraycopy(embeddings, r * dimension, e, 0, dimension);
            predictions.add(new ProductPrediction(p, e));
        }
        return predictions;
    }
}
