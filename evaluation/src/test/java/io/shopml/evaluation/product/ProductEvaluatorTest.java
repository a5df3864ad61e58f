package io.shopml.evaluation.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shopml.datasets.images.FashionMnist;
import io.shopml.datasets.images.LabelledImages;
import io.shopml.evaluation.report.EvaluationContext;
import io.shopml.evaluation.report.MatrixPlot;
import io.shopml.evaluation.report.ReportSection;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.product.LoadedProductModel;
import io.shopml.models.product.ProductConfig;
import io.shopml.training.loop.RunDirectory;
import io.shopml.training.product.ProductData;
import io.shopml.training.product.ProductTrainer;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Evaluates a tiny ResNet trained on a slice of the real Fashion-MNIST, exported with its catalogue. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductEvaluatorTest {

    private static final ProductConfig TINY = new ProductConfig(28, 8, List.of(1, 1), 3, 32, 0.05, 0.9, 5e-4, 0, 3, 2,
            true, 60, 10);

    private Path folder;
    private ProductData data;
    private ModelArtifact artifact;

    @BeforeAll
    void trainAndExport(@TempDir Path temporary) {
        folder = temporary;
        LabelledImages train = FashionMnist.load(FashionMnist.Split.TRAIN).firstPerClass(70);
        LabelledImages test = FashionMnist.load(FashionMnist.Split.TEST).firstPerClass(30);
        data = new ProductData(train, test, "bundled:fashion-mnist (slice)", ProductData.fingerprint(train));
        artifact = new ProductTrainer(TINY, 3).train(data, RunDirectory.create(folder.resolve("runs"), "product"),
                false, List.of()).export(new ModelRepository(folder.resolve("repo")), "product-recognizer");
    }

    @Test
    void evaluate_scoresModelBaselineAndSimilarSearch_andWritesThemAsJson() throws IOException {
        ProductEvaluation evaluation;
        try (LoadedProductModel model = LoadedProductModel.load(artifact)) {
            evaluation = new ProductEvaluator(50, 3, 1).evaluate(model, data.train(), data.test(), data.source());
        }

        assertEquals(300, evaluation.testImages());
        assertEquals(50, evaluation.similarQueries());
        assertEquals(700, evaluation.catalogueSize());
        assertEquals(300, sum(evaluation.model().confusion()));
        assertTrue(evaluation.model().accuracy() > 0.2, "chance is 0.1: " + evaluation.model().accuracy());
        assertTrue(evaluation.baseline().accuracy() > 0.5, "logistic regression on 700 real images: "
                + evaluation.baseline().accuracy());
        assertTrue(evaluation.similarPrecision() > 0.15 && evaluation.similarPrecision() <= 1,
                "P@10, chance 0.1: " + evaluation.similarPrecision());
        assertTrue(evaluation.toTable().contains("logistic regression on pixels"));
        assertTrue(evaluation.toTable().contains("Trouser"));

        Path json = folder.resolve("product.json");
        evaluation.writeJson(json);
        JsonNode read = new ObjectMapper().readTree(json.toFile());
        assertEquals(evaluation.model().accuracy(), read.at("/model/accuracy").asDouble(), 1e-12);
        assertEquals(10, read.at("/model/perClass").size());
        assertEquals(evaluation.similarPrecision(), read.at("/similar/precisionAtK").asDouble(), 1e-12);
        assertEquals(10, read.at("/baseline/confusion").size());
    }

    @Test
    void evaluate_refusesImagesOfOtherCategories() {
        LabelledImages test = data.test();
        LabelledImages renamed = new LabelledImages(test.size(), test.pixels(), test.labels(),
                List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"), test.ids());
        try (LoadedProductModel model = LoadedProductModel.load(artifact)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new ProductEvaluator(10, 1, 1).evaluate(model, data.train(), renamed, "renamed"));
            assertTrue(e.getMessage().contains("classes"), e.getMessage());
        }
    }

    @Test
    void reportSection_onAnIdxFolder_hasTheTablesConfusionMatrixAndTrainingCurves() throws IOException {
        Path idx = folder.resolve("idx");
        writeIdx(idx, "train", data.train());
        writeIdx(idx, "t10k", data.test());

        ReportSection section = new ProductModelEvaluator().evaluate(artifact,
                new EvaluationContext(folder.resolve("runs"), Map.of("product", idx)));

        assertEquals("product-recognizer v1 (product)", section.title());
        assertEquals(4, section.tables().get(0).rows().size());
        assertTrue(section.plots().stream().anyMatch(MatrixPlot.class::isInstance));
        assertEquals(3, section.plots().size(), "per-class bars, confusion matrix, training curves: "
                + section.notes());
    }

    /** Fashion-MNIST's IDX layout: big-endian magic, dimensions, then unsigned bytes. */
    private static void writeIdx(Path directory, String prefix, LabelledImages images) throws IOException {
        Files.createDirectories(directory);
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(
                directory.resolve(prefix + "-images-idx3-ubyte")))) {
            out.writeInt(0x00000803);
            out.writeInt(images.count());
            out.writeInt(images.size());
            out.writeInt(images.size());
            out.write(images.pixels());
        }
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(
                directory.resolve(prefix + "-labels-idx1-ubyte")))) {
            out.writeInt(0x00000801);
            out.writeInt(images.count());
            for (int label : images.labels()) {
                out.writeByte(label);
            }
        }
    }

    private static long sum(long[][] matrix) {
        long total = 0;
        for (long[] row : matrix) {
            for (long v : row) {
                total += v;
            }
        }
        return total;
    }
}
