package io.shopml.serving.product;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import inference.GRPCInferenceServiceGrpc;
import inference.GrpcPredictV2.InferTensorContents;
import inference.GrpcPredictV2.ModelInferRequest;
import inference.GrpcPredictV2.ModelInferRequest.InferInputTensor;
import inference.GrpcPredictV2.ModelInferResponse;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.shopml.datasets.images.FashionMnist;
import io.shopml.datasets.images.LabelledImages;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.product.ProductConfig;
import io.shopml.proto.v1.ProductImage;
import io.shopml.proto.v1.ProductServiceGrpc;
import io.shopml.proto.v1.RecognizeRequest;
import io.shopml.proto.v1.RecognizeResponse;
import io.shopml.proto.v1.SimilarRequest;
import io.shopml.proto.v1.SimilarResponse;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.ServableLoader;
import io.shopml.serving.server.InferenceServer;
import io.shopml.training.loop.RunDirectory;
import io.shopml.training.product.ProductData;
import io.shopml.training.product.ProductTrainer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny product ResNet trained in the test on a slice of the real Fashion-MNIST, exported with
 * its catalogue index, served on an ephemeral port and called through the generated stubs.
 */
class ProductServingTest {

    @TempDir
    static Path dir;

    private static LabelledImages catalogue;
    private static LabelledImages test;
    private static InferenceServer server;
    private static ManagedChannel channel;
    private static GRPCInferenceServiceGrpc.GRPCInferenceServiceBlockingStub kserve;
    private static ProductServiceGrpc.ProductServiceBlockingStub products;

    @BeforeAll
    static void trainExportAndServe() throws IOException {
        catalogue = FashionMnist.load(FashionMnist.Split.TRAIN).firstPerClass(40);
        test = FashionMnist.load(FashionMnist.Split.TEST).firstPerClass(5);
        ProductData data = new ProductData(catalogue, test, "bundled:fashion-mnist (slice)",
                ProductData.fingerprint(catalogue));
        ProductConfig tiny = new ProductConfig(28, 8, List.of(1, 1), 2, 32, 0.02, 0.9, 5e-4, 1, 2, 2, true, 0, 8);
        ModelRepository repository = new ModelRepository(dir.resolve("repo"));
        new ProductTrainer(tiny, 5).train(data, RunDirectory.create(dir.resolve("runs"), "p"), false, List.of())
                .export(repository, "product-recognizer");

        ModelRegistry registry = ModelRegistry.load(repository, ServableLoader.installed());
        server = InferenceServer.builder().port(0).registry(registry)
                .addService(new ProductGrpcService(registry)).build().start();
        channel = ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
        kserve = GRPCInferenceServiceGrpc.newBlockingStub(channel).withDeadlineAfter(1, TimeUnit.MINUTES);
        products = ProductServiceGrpc.newBlockingStub(channel).withDeadlineAfter(1, TimeUnit.MINUTES);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.close();
    }

    @Test
    void infer_withRawPixels_returnsProbabilitiesAndLabels_andEmbeddingOnlyWhenRequested() {
        ModelInferResponse plain = kserve.modelInfer(pixelsRequest(0, 1, 2).build());
        ModelInferResponse withEmbedding = kserve.modelInfer(pixelsRequest(0, 1, 2)
                .addOutputs(ModelInferRequest.InferRequestedOutputTensor.newBuilder().setName("probabilities"))
                .addOutputs(ModelInferRequest.InferRequestedOutputTensor.newBuilder().setName("embedding")).build());

        assertEquals(List.of("probabilities", "label"), plain.getOutputsList().stream().map(t -> t.getName()).toList());
        assertEquals(List.of(3L, 10L), plain.getOutputs(0).getShapeList());
        float sum = 0;
        for (int c = 0; c < 10; c++) {
            sum += plain.getOutputs(0).getContents().getFp32Contents(c);
        }
        assertEquals(1f, sum, 1e-4f);
        assertTrue(FashionMnist.CLASS_NAMES.contains(plain.getOutputs(1).getContents().getBytesContents(0).toStringUtf8()));
        assertEquals(List.of("probabilities", "embedding"),
                withEmbedding.getOutputsList().stream().map(t -> t.getName()).toList());
        assertEquals(List.of(3L, 16L), withEmbedding.getOutputs(1).getShapeList());
    }

    @Test
    void infer_withPngBytes_givesTheSameProbabilitiesAsRawPixels() throws IOException {
        ModelInferRequest pngRequest = ModelInferRequest.newBuilder().setModelName("product-recognizer")
                .addInputs(InferInputTensor.newBuilder().setName("image_bytes").setDatatype("BYTES").addShape(1)
                        .setContents(InferTensorContents.newBuilder().addBytesContents(png(test.image(4)))))
                .build();

        assertEquals(kserve.modelInfer(pixelsRequest(4).build()).getOutputs(0).getContents(),
                kserve.modelInfer(pngRequest).getOutputs(0).getContents());
    }

    @Test
    void infer_withCorruptImageBytes_isInvalidArgumentNamingTheItem() throws IOException {
        ModelInferRequest request = ModelInferRequest.newBuilder().setModelName("product-recognizer")
                .addInputs(InferInputTensor.newBuilder().setName("image_bytes").setDatatype("BYTES").addShape(2)
                        .setContents(InferTensorContents.newBuilder().addBytesContents(png(test.image(0)))
                                .addBytesContents(ByteString.copyFromUtf8("definitely not a jpeg"))))
                .build();

        StatusRuntimeException error = assertThrows(StatusRuntimeException.class, () -> kserve.modelInfer(request));

        assertEquals(Status.Code.INVALID_ARGUMENT, error.getStatus().getCode());
        assertTrue(error.getStatus().getDescription().contains("image_bytes' item 1"), error.getStatus().getDescription());
    }

    @Test
    void infer_withWrongPixelCountOrBothInputs_isInvalidArgument() throws IOException {
        ModelInferRequest wrongShape = ModelInferRequest.newBuilder().setModelName("product-recognizer")
                .addInputs(InferInputTensor.newBuilder().setName("image").setDatatype("UINT8").addShape(1).addShape(27)
                        .addShape(28).setContents(InferTensorContents.newBuilder().addAllUintContents(
                                java.util.Collections.nCopies(27 * 28, 0))))
                .build();
        ModelInferRequest both = pixelsRequest(0)
                .addInputs(InferInputTensor.newBuilder().setName("image_bytes").setDatatype("BYTES").addShape(1)
                        .setContents(InferTensorContents.newBuilder().addBytesContents(png(test.image(0)))))
                .build();

        StatusRuntimeException shapeError = assertThrows(StatusRuntimeException.class, () -> kserve.modelInfer(wrongShape));
        StatusRuntimeException bothError = assertThrows(StatusRuntimeException.class, () -> kserve.modelInfer(both));

        assertEquals(Status.Code.INVALID_ARGUMENT, shapeError.getStatus().getCode());
        assertTrue(shapeError.getStatus().getDescription().contains("'image'"), shapeError.getStatus().getDescription());
        assertEquals(Status.Code.INVALID_ARGUMENT, bothError.getStatus().getCode());
        assertTrue(bothError.getStatus().getDescription().contains("exactly one"), bothError.getStatus().getDescription());
    }

    @Test
    void recognize_returnsTopCategoriesMostProbableFirst() throws IOException {
        RecognizeResponse response = products.recognize(RecognizeRequest.newBuilder()
                .setImage(ProductImage.newBuilder().setEncoded(png(test.image(3)))).setTopK(4).build());

        assertEquals(4, response.getCategoriesCount());
        assertEquals("1", response.getModelVersion());
        for (int i = 1; i < 4; i++) {
            assertTrue(response.getCategories(i - 1).getProbability() >= response.getCategories(i).getProbability());
        }
    }

    @Test
    void similar_withACatalogueImage_findsThatImageFirst() {
        SimilarResponse response = products.similar(SimilarRequest.newBuilder()
                .setImage(ProductImage.newBuilder().setPixels(ByteString.copyFrom(catalogue.image(17)))).setK(5).build());

        assertEquals(5, response.getItemsCount());
        assertEquals(catalogue.ids().get(17), response.getItems(0).getId());
        assertEquals(catalogue.className(catalogue.label(17)), response.getItems(0).getCategory());
        assertEquals(1f, response.getItems(0).getScore(), 1e-3f);
    }

    @Test
    void typedService_rejectsBadPixelsCorruptBytesAndOutOfRangeK() {
        ProductImage good = ProductImage.newBuilder().setPixels(ByteString.copyFrom(test.image(0))).build();
        List<Runnable> calls = List.of(
                () -> products.similar(SimilarRequest.newBuilder().setImage(good).setK(101).build()),
                () -> products.similar(SimilarRequest.newBuilder().setImage(good).setK(-1).build()),
                () -> products.recognize(RecognizeRequest.newBuilder().setImage(good).setTopK(11).build()),
                () -> products.recognize(RecognizeRequest.newBuilder()
                        .setImage(ProductImage.newBuilder().setPixels(ByteString.copyFrom(new byte[100]))).build()),
                () -> products.recognize(RecognizeRequest.newBuilder()
                        .setImage(ProductImage.newBuilder().setEncoded(ByteString.copyFromUtf8("<html>"))).build()),
                () -> products.recognize(RecognizeRequest.newBuilder().build()));
        List<String> named = List.of("k 101", "k -1", "top_k 11", "image.pixels has 100 pixels", "image.encoded",
                "image is missing");

        for (int i = 0; i < calls.size(); i++) {
            StatusRuntimeException error = assertThrows(StatusRuntimeException.class, calls.get(i)::run);
            assertEquals(Status.Code.INVALID_ARGUMENT, error.getStatus().getCode(), named.get(i));
            assertTrue(error.getStatus().getDescription().contains(named.get(i)), error.getStatus().getDescription());
        }
    }

    private static ModelInferRequest.Builder pixelsRequest(int... indices) {
        InferTensorContents.Builder contents = InferTensorContents.newBuilder();
        for (int index : indices) {
            for (byte b : test.image(index)) {
                contents.addUintContents(b & 0xff);
            }
        }
        return ModelInferRequest.newBuilder().setModelName("product-recognizer")
                .addInputs(InferInputTensor.newBuilder().setName("image").setDatatype("UINT8")
                        .addShape(indices.length).addShape(28).addShape(28).setContents(contents));
    }

    private static ByteString png(byte[] pixels) throws IOException {
        BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setDataElements(0, 0, 28, 28, pixels);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return ByteString.copyFrom(out.toByteArray());
    }
}
