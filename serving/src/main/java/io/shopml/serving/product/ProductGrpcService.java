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
import io.shopml.serving.errors.GrpcErrors;
import io.shopml.serving.errors.InvalidInputException;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.ServableModel;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code shopml.v1.ProductService}: a product photo in; its most probable categories
 * ({@code Recognize}) or the most similar catalogue products ({@code Similar}) out.
 */
public final class ProductGrpcService extends ProductServiceGrpc.ProductServiceImplBase {

    public static final String DEFAULT_MODEL = "product-recognizer";
    static final int DEFAULT_TOP_K = 3;
    static final int DEFAULT_K = 10;
    static final int MAX_K = 100;

    private final ModelRegistry registry;

    public ProductGrpcService(ModelRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void recognize(RecognizeRequest request, StreamObserver<RecognizeResponse> responses) {
        answer(responses, () -> {
            ProductServable model = model(request.getModelName(), request.getModelVersion());
            int classes = model.preprocessing().classNames().size();
            int topK = request.getTopK() == 0 ? Math.min(DEFAULT_TOP_K, classes) : request.getTopK();
            if (topK < 1 || topK > classes) {
                throw new InvalidInputException("top_k " + request.getTopK() + " is out of range: this model knows "
                        + classes + " categories, expected 1.." + classes + " (0 means " + Math.min(DEFAULT_TOP_K, classes) + ")");
            }
            ProductPrediction prediction = model.predict(List.of(image(model, request.getImage()))).get(0);
            RecognizeResponse.Builder response = RecognizeResponse.newBuilder()
                    .setModelName(model.name()).setModelVersion(Integer.toString(model.version()));
            for (ProductPrediction.RankedClass ranked : prediction.top(topK)) {
                response.addCategories(CategoryScore.newBuilder()
                        .setCategory(model.preprocessing().classNames().get(ranked.label()))
                        .setProbability(ranked.probability()));
            }
            return response.build();
        });
    }

    @Override
    public void similar(SimilarRequest request, StreamObserver<SimilarResponse> responses) {
        answer(responses, () -> {
            ProductServable model = model(request.getModelName(), request.getModelVersion());
            int k = request.getK() == 0 ? DEFAULT_K : request.getK();
            int limit = Math.min(MAX_K, Math.max(1, model.catalogueSize()));
            if (k < 1 || k > limit) {
                throw new InvalidInputException("k " + request.getK() + " is out of range: expected 1.." + limit
                        + " (0 means " + DEFAULT_K + ")");
            }
            List<SimilarItem> items = model.similar(image(model, request.getImage()), k);
            SimilarResponse.Builder response = SimilarResponse.newBuilder()
                    .setModelName(model.name()).setModelVersion(Integer.toString(model.version()));
            for (SimilarItem item : items) {
                response.addItems(SimilarProduct.newBuilder()
                        .setId(item.id()).setCategory(item.category()).setScore(item.score()));
            }
            return response.build();
        });
    }

    private ProductServable model(String requestedName, String version) {
        String name = requestedName.isEmpty() ? DEFAULT_MODEL : requestedName;
        ServableModel model = registry.get(name, version);
        if (!(model instanceof ProductServable product)) {
            throw new InvalidInputException("model '" + name + "' is a " + model.manifest().task()
                    + " model, not a product recogniser");
        }
        return product;
    }

    private static byte[] image(ProductServable model, ProductImage image) {
        return switch (image.getImageCase()) {
            case ENCODED -> model.prepare(image.getEncoded().toByteArray(), "image.encoded");
            case PIXELS -> model.checkPixels(image.getPixels().toByteArray(), "image.pixels");
            case IMAGE_NOT_SET -> throw new InvalidInputException(
                    "image is missing: set image.encoded (PNG/JPEG bytes) or image.pixels (grey pixels)");
        };
    }

    private static <T> void answer(StreamObserver<T> responses, Supplier<T> call) {
        try {
            responses.onNext(call.get());
            responses.onCompleted();
        } catch (RuntimeException e) {
            responses.onError(GrpcErrors.toStatus(e));
        }
    }
}
