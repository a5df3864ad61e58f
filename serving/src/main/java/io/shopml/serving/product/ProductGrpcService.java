package io.shopml.serving.product;

import io.grpc.stub.StreamObserver;
import io.shopml.models.product.ProductPrediction;
import io.shopml.models.product.SimilarItem;
import io.shopml.proto.v1.CategoryScore;
import io.shopml.proto.v1.ProductImage;
import io.shopml.proto.v1.ProductServiceGrpc;
import io.shopml.proto.v1.RecognizeRequest;
import io.shopml.proto.v1.RecognizeResponse;
import io.shopml.proto.v1.SimilarProduct;
import io.shopml.proto.v1.SimilarRequest;
import io.shopml.proto.v1.SimilarResponse;
import io.shopml.serving.errors.InvalidInputException;
import io.shopml.serving.registry.InferenceRequest;
import io.shopml.serving.registry.InferenceResult;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.ServableModel;
import io.shopml.serving.server.QueuedCall;
import io.shopml.serving.server.TaskService;
import io.shopml.serving.tensor.DataType;
import io.shopml.serving.tensor.Tensor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@code shopml.v1.ProductService}: a product photo in; its most probable categories
 * ({@code Recognize}) or the most similar catalogue products ({@code Similar}) out. The photo is
 * checked and prepared here (errors name {@code image.encoded} or {@code image.pixels}), then
 * goes through the model's queue as KServe {@code image} pixels, batched with other callers'.
 */
public final class ProductGrpcService extends ProductServiceGrpc.ProductServiceImplBase implements TaskService {

    public static final String DEFAULT_MODEL = "product-recognizer";
    static final int DEFAULT_TOP_K = 3;
    static final int DEFAULT_K = 10;
    static final int MAX_K = 100;

    private final ModelRegistry registry;

    public ProductGrpcService(ModelRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String modelTask() {
        return "product";
    }

    @Override
    public void recognize(RecognizeRequest request, StreamObserver<RecognizeResponse> responses) {
        submit(request.getModelName(), request.getModelVersion(), responses, model -> {
            topK(request, model);  // checked before the call is queued
            return pixels(model, request.getImage(), Set.of());
        }, (model, result) -> {
            float[] probabilities = result.output("probabilities").floats();
            RecognizeResponse.Builder response = RecognizeResponse.newBuilder()
                    .setModelName(model.name()).setModelVersion(Integer.toString(model.version()));
            for (ProductPrediction.RankedClass ranked
                    : new ProductPrediction(probabilities, new float[0]).top(topK(request, model))) {
                response.addCategories(CategoryScore.newBuilder()
                        .setCategory(model.preprocessing().classNames().get(ranked.label()))
                        .setProbability(ranked.probability()));
            }
            return response.build();
        });
    }

    /**
     * The categories to return: the request's top_k, or {@value #DEFAULT_TOP_K} (at most the model's categories) for 0.
     *
     * @throws InvalidInputException when top_k is outside 1..the model's categories
     */
    private static int topK(RecognizeRequest request, ProductServable model) {
        int classes = model.preprocessing().classNames().size();
        int topK = request.getTopK() == 0 ? Math.min(DEFAULT_TOP_K, classes) : request.getTopK();
        if (topK < 1 || topK > classes) {
            throw new InvalidInputException("top_k " + request.getTopK() + " is out of range: this model knows "
                    + classes + " categories, expected 1.." + classes + " (0 means " + Math.min(DEFAULT_TOP_K, classes) + ")");
        }
        return topK;
    }

    @Override
    public void similar(SimilarRequest request, StreamObserver<SimilarResponse> responses) {
        int k = request.getK() == 0 ? DEFAULT_K : request.getK();
        submit(request.getModelName(), request.getModelVersion(), responses, model -> {
            int limit = Math.min(MAX_K, Math.max(1, model.catalogueSize()));
            if (k < 1 || k > limit) {
                throw new InvalidInputException("k " + request.getK() + " is out of range: expected 1.." + limit
                        + " (0 means " + DEFAULT_K + ")");
            }
            return pixels(model, request.getImage(), Set.of(ProductServable.EMBEDDING));
        }, (model, result) -> {
            List<SimilarItem> items = model.similar(result.output(ProductServable.EMBEDDING).floats(), k);
            SimilarResponse.Builder response = SimilarResponse.newBuilder()
                    .setModelName(model.name()).setModelVersion(Integer.toString(model.version()));
            for (SimilarItem item : items) {
                response.addItems(SimilarProduct.newBuilder()
                        .setId(item.id()).setCategory(item.category()).setScore(item.score()));
            }
            return response.build();
        });
    }

    /** Routes to a product model, builds its request, queues it and answers from its result. */
    private <T> void submit(String requestedName, String version, StreamObserver<T> responses,
                            Function<ProductServable, InferenceRequest> request,
                            BiFunction<ProductServable, InferenceResult, T> response) {
        String name = requestedName.isEmpty() ? DEFAULT_MODEL : requestedName;
        QueuedCall.answer(responses,
                () -> registry.submit(name, version, model -> request.apply(product(name, model))),
                (model, result) -> response.apply((ProductServable) model, result));
    }

    private static ProductServable product(String name, ServableModel model) {
        if (!(model instanceof ProductServable product)) {
            throw new InvalidInputException("model '" + name + "' is a " + model.manifest().task()
                    + " model, not a product recogniser");
        }
        return product;
    }

    /** The photo as the KServe {@code image} input: UINT8 [1, size, size]. */
    private static InferenceRequest pixels(ProductServable model, ProductImage image, Set<String> outputs) {
        byte[] prepared = switch (image.getImageCase()) {
            case ENCODED -> model.prepare(image.getEncoded().toByteArray(), "image.encoded");
            case PIXELS -> model.checkPixels(image.getPixels().toByteArray(), "image.pixels");
            case IMAGE_NOT_SET -> throw new InvalidInputException(
                    "image is missing: set image.encoded (PNG/JPEG bytes) or image.pixels (grey pixels)");
        };
        int[] values = new int[prepared.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = prepared[i] & 0xff;
        }
        int size = model.preprocessing().inputSize();
        Tensor tensor = new Tensor(ProductServable.IMAGE, DataType.UINT8, new long[] {1, size, size}, values);
        return new InferenceRequest(Map.of(ProductServable.IMAGE, tensor), Map.of(), outputs);
    }
}
