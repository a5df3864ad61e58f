package io.shopml.training.product;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import io.shopml.datasets.images.FashionMnist;
import io.shopml.datasets.images.LabelledImages;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.product.EmbeddingIndex;
import io.shopml.models.product.LoadedProductModel;
import io.shopml.models.product.ProductConfig;
import io.shopml.models.product.ProductNetwork;
import io.shopml.models.product.ProductPrediction;
import io.shopml.models.product.ResidualBlock;
import io.shopml.models.product.SimilarItem;
import io.shopml.training.loop.RunDirectory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Trains one tiny ResNet on a slice of the real Fashion-MNIST, then checks it several ways. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductTrainerTest {

    static final ProductConfig TINY = new ProductConfig(28, 8, List.of(1, 1), 4, 32, 0.05, 0.9, 5e-4, 0, 3, 2, true,
            80, 20);

    private Path folder;

    private ProductData data;
    private ProductTrainingResult result;

    @BeforeAll
    void trainTinyModel(@TempDir Path temporary) {
        folder = temporary;
        LabelledImages train = FashionMnist.load(FashionMnist.Split.TRAIN).firstPerClass(100);
        LabelledImages test = FashionMnist.load(FashionMnist.Split.TEST).firstPerClass(50);
        data = new ProductData(train, test, "bundled:fashion-mnist (slice)", ProductData.fingerprint(train));
        result = new ProductTrainer(TINY, 7).train(data, RunDirectory.create(folder.resolve("runs"), "product"), false,
                List.of());
    }

    @Test
    void residualBlocks_keepOrProjectTheirShape() {
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            Block same = ResidualBlock.create(8, 1, false);
            Block down = ResidualBlock.create(16, 2, true);
            same.initialize(manager, DataType.FLOAT32, new Shape(2, 8, 28, 28));
            down.initialize(manager, DataType.FLOAT32, new Shape(2, 8, 28, 28));
            NDArray input = manager.randomNormal(new Shape(2, 8, 28, 28));

            NDArray kept = same.forward(new ParameterStore(manager, false), new NDList(input), false).singletonOrThrow();
            NDArray projected = down.forward(new ParameterStore(manager, false), new NDList(input), false).singletonOrThrow();

            assertEquals(new Shape(2, 8, 28, 28), kept.getShape());
            assertEquals(new Shape(2, 16, 14, 14), projected.getShape());
            assertTrue(kept.min().getFloat() >= 0, "ReLU after the sum");
        }
    }

    @Test
    void network_returnsLogitsAndEmbedding() {
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            ProductNetwork network = ProductNetwork.create(TINY, 10);
            network.initialize(manager, DataType.FLOAT32, ProductNetwork.inputShape(28, 3));

            NDList out = network.forward(new ParameterStore(manager, false),
                    new NDList(manager.zeros(new Shape(3, 1, 28, 28))), false);

            assertEquals(new Shape(3, 10), out.get(0).getShape());
            assertEquals(new Shape(3, TINY.embeddingSize()), out.get(1).getShape());
            assertEquals(16, TINY.embeddingSize());
        }
    }

    @Test
    void tinyResNet_learnsWellAboveChance() {
        assertEquals(800, result.split().train().count());
        assertEquals(200, result.split().validation().count());
        assertTrue(result.metrics().get("test_accuracy") > 0.3, "chance is 0.1: " + result.metrics());
    }

    @Test
    void exportedVersion_reloadsWithSamePredictions_andFindsItsOwnImageFirst() {
        ModelArtifact artifact = result.export(new ModelRepository(folder.resolve("repo")), "product-recognizer");
        List<byte[]> images = List.of(data.test().image(0), data.test().image(1));

        try (LoadedProductModel best = LoadedProductModel.load(result.bestParameters(), result.preprocessing(), null);
             LoadedProductModel loaded = LoadedProductModel.load(new ModelRepository(folder.resolve("repo"))
                     .openLatest("product-recognizer"))) {
            List<ProductPrediction> before = best.predict(images);
            List<ProductPrediction> after = loaded.predict(images);
            assertArrayEquals(before.get(0).probabilities(), after.get(0).probabilities(), 1e-6f);
            assertArrayEquals(before.get(1).embedding(), after.get(1).embedding(), 1e-6f);

            EmbeddingIndex index = loaded.index().orElseThrow();
            assertEquals(data.train().count(), index.size());
            List<SimilarItem> similar = loaded.similar(data.train().image(123), 10);
            assertEquals(data.train().ids().get(123), similar.get(0).id());
            assertEquals(10, similar.size());
            assertTrue(similar.get(0).score() > 0.999f, "cosine of an image with itself: " + similar.get(0));
        }
        assertEquals("product", artifact.manifest().task());
        assertTrue(artifact.manifest().files().containsKey(EmbeddingIndex.FILE));
    }
}
