package io.shopml.cli;

import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import io.shopml.datasets.images.LabelledImages;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.product.LoadedProductModel;
import io.shopml.models.product.ProductConfig;
import io.shopml.proto.v1.CategoryScore;
import io.shopml.proto.v1.ProductImage;
import io.shopml.proto.v1.ProductServiceGrpc;
import io.shopml.proto.v1.RecognizeRequest;
import io.shopml.proto.v1.RecognizeResponse;
import io.shopml.proto.v1.SimilarProduct;
import io.shopml.proto.v1.SimilarRequest;
import io.shopml.training.loop.ProgressBarListener;
import io.shopml.training.loop.RunDirectory;
import io.shopml.training.product.ProductData;
import io.shopml.training.product.ProductTrainer;
import io.shopml.training.product.ProductTrainingResult;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The product recogniser in quickstart: the quick recipe (a 3-block ResNet on 3000 bundled
 * Fashion-MNIST images); a few test images recognised over gRPC next to their true category, one
 * similar-product query, then the test-set evaluation against the pixel baseline.
 */
final class ProductQuickstart implements QuickstartModel {

    private static final String MODEL = "product-recognizer";
    private static final int SHOWN_IMAGES = 8;
    private static final int SIMILAR_QUERIES = 200;

    private final long seed;
    private final ProductData data;

    ProductQuickstart(long seed) {
        this.seed = seed;
        this.data = ProductData.bundled();
    }

    @Override
    public String title() {
        return "product recogniser (ResNet on DJL/PyTorch, bundled Fashion-MNIST, quick recipe on 3000 images)";
    }

    @Override
    public void trainAndExport(ModelRepository repository, Path work, PrintStream out) {
        ProductTrainingResult result = new ProductTrainer(ProductConfig.quickRecipe(), seed)
                .train(data, RunDirectory.create(work.resolve("runs"), MODEL), false,
                        List.of(ProgressBarListener.toConsole()));
        ModelArtifact artifact = result.export(repository, MODEL);
        out.printf("   exported %s version %d to %s (test accuracy %.4f)%n", MODEL, artifact.manifest().version(),
                artifact.directory(), result.metrics().get("test_accuracy"));
    }

    @Override
    public void query(ManagedChannel channel, ModelRepository repository, PrintStream out) {
        ProductServiceGrpc.ProductServiceBlockingStub stub = ProductServiceGrpc.newBlockingStub(channel);
        LabelledImages test = data.test();
        out.printf("   ProductService.Recognize over gRPC, %d test images (raw 28x28 pixels):%n", SHOWN_IMAGES);
        out.printf("   %-6s %-12s %-12s %s%n", "image", "true", "predicted", "probability");
        for (int n = 0; n < SHOWN_IMAGES; n++) {
            int i = n * (test.count() / SHOWN_IMAGES);
            RecognizeResponse response = stub.recognize(RecognizeRequest.newBuilder().setModelName(MODEL)
                    .setImage(pixels(test, i)).setTopK(1).build());
            CategoryScore top = response.getCategories(0);
            out.printf("   %-6s %-12s %-12s %.3f%n", test.ids().get(i), test.className(test.label(i)),
                    top.getCategory(), top.getProbability());
        }
        out.printf("   ProductService.Similar over gRPC: the 5 catalogue items most like test image %s (%s):%n",
                test.ids().get(0), test.className(test.label(0)));
        for (SimilarProduct item : stub.similar(SimilarRequest.newBuilder().setModelName(MODEL)
                .setImage(pixels(test, 0)).setK(5).build()).getItemsList()) {
            out.printf("   %-14s %-12s cosine %.3f%n", item.getId(), item.getCategory(), item.getScore());
        }
        out.printf("   evaluation on the %d test images (P@10 over %d queries), against logistic regression on "
                + "pixels:%n", test.count(), SIMILAR_QUERIES);
        try (LoadedProductModel model = LoadedProductModel.load(repository.openLatest(MODEL))) {
            EvaluateProductCommand.evaluate(model, data, SIMILAR_QUERIES).toTable().lines()
                    .forEach(line -> out.println("   " + line));
        }
    }

    private static ProductImage pixels(LabelledImages images, int index) {
        return ProductImage.newBuilder().setPixels(ByteString.copyFrom(images.image(index))).build();
    }
}
