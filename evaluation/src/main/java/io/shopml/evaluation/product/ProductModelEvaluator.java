package io.shopml.evaluation.product;

import io.shopml.evaluation.report.BarPlot;
import io.shopml.evaluation.report.EvaluationContext;
import io.shopml.evaluation.report.MatrixPlot;
import io.shopml.evaluation.report.MetricsTable;
import io.shopml.evaluation.report.ModelEvaluator;
import io.shopml.evaluation.report.ReportSection;
import io.shopml.evaluation.report.TableRow;
import io.shopml.evaluation.report.TrainingCurves;
import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.product.LoadedProductModel;
import io.shopml.training.product.ProductData;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The product recogniser's report section: test accuracy, macro-F1 and similar-product
 * precision@10 of the ResNet next to the pixel logistic-regression baseline and the published
 * Fashion-MNIST numbers, per-class precision and recall, the confusion matrix and the training
 * run's loss curves. Data: the bundled Fashion-MNIST test split, or {@code --data product=DIR}.
 */
public final class ProductModelEvaluator implements ModelEvaluator {

    /** Test images queried against the catalogue; exact search over 60000 items costs ~5 ms each. */
    static final int SIMILAR_QUERIES = 1000;
    static final int BASELINE_EPOCHS = 5;
    private static final String FASHION_MNIST_SOURCE = "Xiao, Rasul, Vollgraf: Fashion-MNIST, arXiv:1708.07747, "
            + "benchmark table of github.com/zalandoresearch/fashion-mnist";

    @Override
    public String task() {
        return "product";
    }

    @Override
    public ReportSection evaluate(ModelArtifact artifact, EvaluationContext context) {
        Manifest manifest = artifact.manifest();
        ProductEvaluation evaluation;
        try (LoadedProductModel model = LoadedProductModel.load(artifact)) {
            int size = model.preprocessing().inputSize();
            ProductData data = context.dataFor(task()).map(dir -> ProductData.read(dir, size))
                    .orElseGet(ProductData::bundled);
            if (data.test() == null) {
                throw new IllegalArgumentException(data.source() + " has no test images: give a folder with "
                        + "t10k-* IDX files or with train/ and test/ image folders");
            }
            evaluation = new ProductEvaluator(SIMILAR_QUERIES, BASELINE_EPOCHS, 42)
                    .evaluate(model, data.train(), data.test(), data.source());
        }
        List<String> classes = evaluation.model().labels();
        ReportSection.Builder section = ReportSection.builder(manifest.name() + " v" + manifest.version()
                        + " (product)")
                .summary(evaluation.testImages() + " held-out test images from " + evaluation.source()
                        + ". The baseline is multinomial logistic regression on normalised pixels, fitted on the "
                        + "training images. P@" + evaluation.k() + ": for " + evaluation.similarQueries()
                        + " test images, the share of the " + evaluation.k() + " most similar items of the "
                        + evaluation.catalogueSize() + "-item catalogue that are in the query's category.")
                .table(new MetricsTable("Test split", List.of("accuracy", "macro-F1", "P@" + evaluation.k()), List.of(
                        TableRow.model("ResNet (shopml)", evaluation.model().accuracy(), evaluation.model().macroF1(),
                                evaluation.similarPrecision()),
                        TableRow.baseline("logistic regression on pixels", evaluation.baseline().accuracy(),
                                evaluation.baseline().macroF1(), null),
                        TableRow.reference("ResNet18 (Fashion-MNIST benchmark)", FASHION_MNIST_SOURCE, 0.949, null,
                                null),
                        TableRow.reference("LogisticRegression (Fashion-MNIST benchmark)", FASHION_MNIST_SOURCE,
                                0.842, null, null))))
                .plot(new BarPlot("Per-class precision and recall (ResNet)", "category", "share", classes, List.of(
                        new BarPlot.Bars("precision", perClass(classes.size(), evaluation, true)),
                        new BarPlot.Bars("recall", perClass(classes.size(), evaluation, false)))))
                .plot(new MatrixPlot("Confusion matrix (ResNet), rows true, columns predicted", classes,
                        evaluation.model().confusion()));
        TrainingCurves.of(manifest, context).ifPresentOrElse(section::plot, () -> section.note(
                "no training curves: run " + (manifest.provenance() == null ? "?" : manifest.provenance().runId())
                        + " is not under " + context.runsRoot().resolve(manifest.name()) + " (pass --runs DIR)"));
        return section.build();
    }

    private static double[] perClass(int classes, ProductEvaluation evaluation, boolean precision) {
        return IntStream.range(0, classes).mapToDouble(c -> precision
                ? evaluation.model().precision(c) : evaluation.model().recall(c)).toArray();
    }
}
