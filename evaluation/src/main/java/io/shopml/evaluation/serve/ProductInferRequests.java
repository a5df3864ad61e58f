package io.shopml.evaluation.serve;

import inference.GrpcPredictV2.InferTensorContents;
import inference.GrpcPredictV2.ModelInferRequest;
import io.shopml.datasets.images.LabelledImages;

import java.util.function.IntFunction;

/**
 * KServe v2 requests for a product recogniser built from real images: request {@code i} carries
 * image {@code i} (cycling) as {@code image} UINT8 [1, size, size], as a shop backend sends one
 * uploaded photo at a time.
 */
public final class ProductInferRequests implements IntFunction<ModelInferRequest> {

    private final LabelledImages images;
    private final String model;

    public ProductInferRequests(LabelledImages images, String model) {
        if (images.count() == 0) {
            throw new IllegalArgumentException("need at least one image");
        }
        this.images = images;
        this.model = model;
    }

    /** Distinct requests before they repeat. */
    public int distinctRequests() {
        return images.count();
    }

    @Override
    public ModelInferRequest apply(int index) {
        byte[] pixels = images.image(index % images.count());
        InferTensorContents.Builder contents = InferTensorContents.newBuilder();
        for (byte pixel : pixels) {
            contents.addUintContents(pixel & 0xff);
        }
        return ModelInferRequest.newBuilder()
                .setModelName(model)
                .addInputs(ModelInferRequest.InferInputTensor.newBuilder()
                        .setName("image")
                        .setDatatype("UINT8")
                        .addShape(1).addShape(images.size()).addShape(images.size())
                        .setContents(contents))
                .build();
    }
}
