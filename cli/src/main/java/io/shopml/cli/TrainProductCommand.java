package io.shopml.cli;

import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.product.ProductConfig;
import io.shopml.training.loop.ProgressBarListener;
import io.shopml.training.loop.RunDirectory;
import io.shopml.training.product.ProductData;
import io.shopml.training.product.ProductTrainer;
import io.shopml.training.product.ProductTrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code shopml train product}: the ResNet product recogniser on DJL (PyTorch engine). */
@Command(name = "product", mixinStandardHelpOptions = true,
        description = "Train the ResNet product recogniser and export it with the embedding index of its catalogue "
                + "for similar-product search.")
final class TrainProductCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "Fashion-MNIST-style IDX files, <class>/<images> "
            + "folders, or train/ and test/ folders of them (default: the bundled Fashion-MNIST).")
    Path data;

    @Option(names = "--catalogue", paramLabel = "DIR",
            description = "Images to index for similar-product search, as --data (default: the training images).")
    Path catalogue;

    @Option(names = "--repo", required = true, paramLabel = "DIR", description = "Model repository to export into.")
    Path repo;

    @Option(names = "--name", defaultValue = "product-recognizer", description = "Model name (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--quick", description = "The short recipe (3 blocks of 16/32/64 channels, 300 images per class, "
            + "8 epochs) that quickstart uses.")
    boolean quick;

    @Option(names = "--epochs", paramLabel = "N", description = "Maximum epochs (default: the recipe's).")
    Integer epochs;

    @Option(names = "--width", paramLabel = "C", description = "Channels of the first stage (default: the recipe's).")
    Integer width;

    @Option(names = "--blocks", paramLabel = "B,B,..", split = ",",
            description = "Residual blocks per stage, each stage doubling the channels (default: the recipe's).")
    List<Integer> blocks;

    @Option(names = "--images-per-class", paramLabel = "N",
            description = "Training images per class, 0 for all (default: the recipe's).")
    Integer imagesPerClass;

    @Mixin
    RunOptions runs = new RunOptions();

    @Mixin
    DeviceOptions device = new DeviceOptions();

    @Override
    public Integer call() {
        PrintStream out = System.out;
        device.start(out);
        ProductConfig config = config();
        ProductData images = data == null ? ProductData.bundled() : ProductData.read(data, config.inputSize());
        out.printf("data: %s, %d training images in %d classes, %s test images%n", images.source(),
                images.train().count(), images.train().classNames().size(),
                images.test() == null ? "no" : String.valueOf(images.test().count()));

        RunDirectory run = runs.open(name, out);
        long started = System.nanoTime();
        ProductTrainingResult result = new ProductTrainer(config, runs.seed)
                .train(images, run, runs.resume, List.of(ProgressBarListener.toConsole()));
        out.printf("trained in %.1f min%n", (System.nanoTime() - started) / 6e10);
        ModelRepository repository = new ModelRepository(repo);
        ModelArtifact artifact = catalogue == null
                ? result.export(repository, name)
                : result.export(repository, name, ProductData.read(catalogue, config.inputSize()).train());
        out.printf("exported %s version %d to %s%n", name, artifact.manifest().version(), artifact.directory());
        TrainForecasterCommand.printMetrics(out, result.metrics());
        return 0;
    }

    private ProductConfig config() {
        ProductConfig c = quick ? ProductConfig.quickRecipe() : ProductConfig.fullRecipe();
        if (epochs != null) {
            c = c.withEpochs(epochs);
        }
        if (width != null || blocks != null) {
            c = c.withArchitecture(width != null ? width : c.width(), blocks != null ? blocks : c.blocksPerStage());
        }
        if (imagesPerClass != null) {
            c = c.withSubset(imagesPerClass, c.validationPerClass());
        }
        return c;
    }
}
