package io.shopml.cli;

import io.shopml.evaluation.product.ProductEvaluation;
import io.shopml.evaluation.product.ProductEvaluator;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.product.LoadedProductModel;
import io.shopml.training.product.ProductData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code shopml evaluate product}: test accuracy, per-class precision/recall, confusion, P@10, pixel baseline. */
@Command(name = "product", mixinStandardHelpOptions = true,
        description = "Score the product recogniser on held-out images (accuracy, macro-F1, per-class precision and "
                + "recall, similar-product precision@10) next to logistic regression on pixels.")
final class EvaluateProductCommand implements Callable<Integer> {

    @Option(names = "--repo", required = true, paramLabel = "DIR", description = "Model repository.")
    Path repo;

    @Option(names = "--name", defaultValue = "product-recognizer", description = "Model name (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--version", paramLabel = "N", description = "Model version (default: the latest).")
    Integer version;

    @Option(names = "--data", paramLabel = "DIR", description = "IDX files with a t10k test split, or train/ and "
            + "test/ folders of <class>/<images> (default: the bundled Fashion-MNIST).")
    Path data;

    @Option(names = "--queries", defaultValue = "1000", paramLabel = "N",
            description = "Test images queried against the catalogue for precision@10 (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--json", paramLabel = "OUT.json", description = "Also write the results as JSON.")
    Path json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ModelRepository repository = new ModelRepository(repo);
        ModelArtifact artifact = version == null ? repository.openLatest(name) : repository.open(name, version);
        ProductEvaluation evaluation;
        try (LoadedProductModel model = LoadedProductModel.load(artifact)) {
            ProductData images = data == null ? ProductData.bundled()
                    : ProductData.read(data, model.preprocessing().inputSize());
            if (images.test() == null) {
                throw new ParameterException(spec.commandLine(), "--data " + data + " has no test images: give a "
                        + "folder with t10k-* IDX files or with train/ and test/ folders of <class>/<images>");
            }
            evaluation = evaluate(model, images, queries);
        }
        System.out.println(evaluation.toTable());
        if (json != null) {
            evaluation.writeJson(json);
            System.out.println("wrote " + json);
        }
        return 0;
    }

    static ProductEvaluation evaluate(LoadedProductModel model, ProductData images, int queries) {
        return new ProductEvaluator(queries, 5, 42).evaluate(model, images.train(), images.test(), images.source());
    }
}
