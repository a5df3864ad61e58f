package io.shopml.cli;

import io.shopml.evaluation.recommend.RecommenderComparison;
import io.shopml.evaluation.recommend.RecommenderEvaluation;
import io.shopml.evaluation.recommend.RecommenderScore;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code shopml evaluate recommender}: leave-last-out HR@10 / NDCG@10 / recall@10 / coverage / reward. */
@Command(name = "recommender", mixinStandardHelpOptions = true,
        description = "Score the DQN recommender and the popularity, item-CF cosine and ALS baselines: each user's "
                + "last interaction is held out; HR@10 and NDCG@10 rank it against 100 sampled negatives (seed 42, "
                + "the same for every model), recall@10 and coverage rank the whole unseen catalogue, and the "
                + "simulator replays greedy sessions over each user's last 10 training steps.")
final class EvaluateRecommenderCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "F.csv",
            description = "The interactions CSV the model was trained on (default: the bundled MovieLens ratings).")
    Path data;

    @Option(names = "--repo", required = true, paramLabel = "DIR", description = "Model repository.")
    Path repo;

    @Option(names = "--name", defaultValue = TrainRecommenderCommand.DEFAULT_NAME,
            description = "Model name (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--version", paramLabel = "N", description = "Model version (default: the latest).")
    Integer version;

    @Option(names = "--json", paramLabel = "OUT.json", description = "Also write the results as JSON.")
    Path json;

    @Override
    public Integer call() {
        ModelRepository repository = new ModelRepository(repo);
        ModelArtifact artifact = version == null ? repository.openLatest(name) : repository.open(name, version);
        List<RecommenderScore> scores = RecommenderComparison.compare(artifact, data);
        System.out.printf("%s v%d, leave-last-out, %d sampled negatives per user%n", name,
                artifact.manifest().version(), RecommenderEvaluation.NEGATIVES);
        System.out.print(RecommenderComparison.toTable(scores));
        if (json != null) {
            RecommenderComparison.writeJson(scores, json);
            System.out.println("wrote " + json);
        }
        return 0;
    }
}
