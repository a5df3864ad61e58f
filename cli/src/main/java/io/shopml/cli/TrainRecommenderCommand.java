package io.shopml.cli;

import io.shopml.datasets.BundledDatasets;
import io.shopml.datasets.interactions.ItemTitles;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.recommend.RecommenderConfig;
import io.shopml.training.loop.ProgressBarListener;
import io.shopml.training.loop.RunDirectory;
import io.shopml.training.recommend.RecommenderData;
import io.shopml.training.recommend.RecommenderTrainer;
import io.shopml.training.recommend.RecommenderTrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code shopml train recommender}: the DQN recommender on DL4J, trained in a simulator replayed from logs. */
@Command(name = "recommender", mixinStandardHelpOptions = true,
        description = "Train the DQN recommender: implicit ALS initialises the item embeddings, then double DQN "
                + "learns in a session simulator replayed from the interaction log.")
final class TrainRecommenderCommand implements Callable<Integer> {

    static final String DEFAULT_NAME = "recommender";

    @Option(names = "--data", paramLabel = "F.csv",
            description = "Interactions CSV user_id,item_id,rating,timestamp (default: the bundled MovieLens ratings).")
    Path data;

    @Option(names = "--titles", paramLabel = "F.csv",
            description = "Item titles CSV item_id (or movieId),title[,year] (default: the bundled MovieLens "
                    + "movies with the bundled ratings, else none).")
    Path titles;

    @Option(names = "--repo", required = true, paramLabel = "DIR", description = "Model repository to export into.")
    Path repo;

    @Option(names = "--name", defaultValue = DEFAULT_NAME, description = "Model name (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--quick", description = "The short recipe (4 x 50 training steps) that quickstart uses.")
    boolean quick;

    @Option(names = "--epochs", paramLabel = "N", description = "Maximum epochs (default: the recipe's).")
    Integer epochs;

    @Option(names = "--min-user-count", paramLabel = "N",
            description = "Interactions a user needs to be kept (default: the recipe's, 5).")
    Integer minUserCount;

    @Option(names = "--min-item-count", paramLabel = "N",
            description = "Users an item needs to be kept (default: the recipe's, 5).")
    Integer minItemCount;

    @Mixin
    RunOptions runs = new RunOptions();

    @Mixin
    DeviceOptions device = new DeviceOptions();

    @Override
    public Integer call() {
        PrintStream out = System.out;
        device.start(out);
        RecommenderConfig config = config();
        RecommenderData interactions = RecommenderData.load(dataFile(data), config.minUserCount(),
                config.minItemCount());
        out.printf("data: %d users, %d items, %d interactions after cleaning (min %d per user, %d per item)%n",
                interactions.interactions().users().size(), interactions.itemCount(),
                interactions.interactions().interactions(), config.minUserCount(), config.minItemCount());

        RunDirectory run = runs.open(name, out);
        RecommenderTrainingResult result = new RecommenderTrainer(config, runs.seed)
                .train(interactions, run, runs.resume, List.of(ProgressBarListener.toConsole()));
        ModelArtifact artifact = result.export(new ModelRepository(repo), name, titles(data, titles));
        out.printf("exported %s version %d to %s%n", name, artifact.manifest().version(), artifact.directory());
        TrainForecasterCommand.printMetrics(out, result.metrics());
        return 0;
    }

    private RecommenderConfig config() {
        RecommenderConfig c = quick ? RecommenderConfig.quickRecipe() : RecommenderConfig.fullRecipe();
        if (epochs != null) {
            c = c.withEpochs(epochs);
        }
        if (minUserCount != null || minItemCount != null) {
            c = c.withMinCounts(minUserCount != null ? minUserCount : c.minUserCount(),
                    minItemCount != null ? minItemCount : c.minItemCount());
        }
        return c;
    }

    /** {@code data}, or the bundled MovieLens ratings when it is null. */
    static Path dataFile(Path data) {
        return data != null ? data : BundledDatasets.extract(BundledDatasets.MOVIELENS_RATINGS);
    }

    /** Titles from {@code titles}, else the bundled movies when training on the bundled ratings, else none. */
    static Map<Long, String> titles(Path data, Path titles) {
        if (titles != null) {
            return ItemTitles.read(titles);
        }
        return data == null ? ItemTitles.read(BundledDatasets.extract(BundledDatasets.MOVIELENS_MOVIES)) : Map.of();
    }
}
