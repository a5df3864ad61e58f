package io.shopml.cli;

import io.shopml.datasets.images.FashionMnist;
import io.shopml.evaluation.bench.ProductInferenceBench;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.product.LoadedProductModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code shopml bench infer}: in-process latency of a product model version at batch 1 and 32 on
 * the bundled Fashion-MNIST test images, without gRPC (for served latency see {@code bench serve}).
 */
@Command(name = "infer", mixinStandardHelpOptions = true,
        description = "In-process inference latency of a product model at given batch sizes (no gRPC).")
final class BenchInferCommand implements Callable<Integer> {

    @Option(names = "--repo", required = true, paramLabel = "DIR", description = "Model repository.")
    Path repo;

    @Option(names = "--name", defaultValue = "product-recognizer", description = "Model name (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--batch", defaultValue = "1,32", split = ",", paramLabel = "B,B,..",
            description = "Batch sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> batches;

    @Option(names = "--calls", defaultValue = "200", description = "Timed calls per batch size (default: ${DEFAULT-VALUE}).")
    int calls;

    @Option(names = "--warmup", defaultValue = "20", description = "Untimed calls first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Mixin
    DeviceOptions device = new DeviceOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        device.start(System.out);
        ModelArtifact artifact = new ModelRepository(repo).openLatest(name);
        if (!"product".equals(artifact.manifest().task())) {
            throw new ParameterException(spec.commandLine(), "--name " + name + " is a '" + artifact.manifest().task()
                    + "' model; bench infer measures product models (use bench serve for served latency)");
        }
        try (LoadedProductModel model = LoadedProductModel.load(artifact)) {
            System.out.printf("bench infer %s v%d: LoadedProductModel.predict on bundled Fashion-MNIST test images%n",
                    name, artifact.manifest().version());
            ProductInferenceBench.run(model, FashionMnist.load(FashionMnist.Split.TEST), batches, calls, warmup)
                    .forEach(r -> System.out.println("  " + r.summary()));
        }
        return 0;
    }
}
