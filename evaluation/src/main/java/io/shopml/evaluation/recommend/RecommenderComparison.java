package io.shopml.evaluation.recommend;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.shopml.datasets.BundledDatasets;
import io.shopml.models.artifact.DataFingerprint;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.recommend.ItemCatalogue;
import io.shopml.models.recommend.LoadedRecommender;
import io.shopml.training.recommend.ImplicitAls;
import io.shopml.training.recommend.RecommenderData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DQN next to every baseline (popularity, item-CF cosine, implicit ALS) under one
 * {@link RecommenderEvaluation}: the data are cleaned with the model's own minimum counts so that
 * dense item indices match its catalogue, the baselines are fitted on everything but each user's
 * held-out item, and every model is scored on the same sampled negatives. {@code evaluate
 * recommender}, the HTML report and quickstart all call this.
 *
 * <pre>{@code
 * List<RecommenderScore> scores = RecommenderComparison.compare(repository.openLatest("recommender"), csv);
 * System.out.println(RecommenderComparison.toTable(scores));
 * }</pre>
 */
public final class RecommenderComparison {

    /** Seed of the sampled negatives: fixed, so every run and model faces the same candidates. */
    public static final long NEGATIVE_SEED = 42;
    /** The simulator's reward window and episode length in evaluation (matches the recipes' window). */
    public static final int REWARD_WINDOW = 10;
    public static final int EPISODE_STEPS = 10;
    /** ALS baseline: rank, sweeps, L2 and confidence of the full recipe's initialisation. */
    static final int ALS_RANK = 32;
    static final int ALS_SWEEPS = 12;
    static final double ALS_LAMBDA = 0.1;
    static final double ALS_ALPHA = 10;

    private RecommenderComparison() {
    }

    /** Scores the exported DQN and the baselines on {@code csv} (null: the bundled MovieLens ratings). */
    public static List<RecommenderScore> compare(ModelArtifact artifact, Path csv) {
        RecommenderData data = dataFor(artifact, csv);
        try (LoadedRecommender dqn = LoadedRecommender.load(artifact)) {
            return compare(dqn, data);
        }
    }

    /** The DQN first, then popularity, item-CF cosine and ALS, on {@code data}'s leave-last-out split. */
    public static List<RecommenderScore> compare(LoadedRecommender dqn, RecommenderData data) {
        RecommenderEvaluation evaluation = new RecommenderEvaluation(data, NEGATIVE_SEED, REWARD_WINDOW, EPISODE_STEPS);
        int[][] train = data.test().train();
        ImplicitAls.Factors als = new ImplicitAls(ALS_RANK, ALS_SWEEPS, ALS_LAMBDA, ALS_ALPHA, NEGATIVE_SEED)
                .fit(train, data.test().trainRatings(), data.interactions().maxRating(), data.itemCount());
        List<RecommenderScore> scores = new ArrayList<>();
        scores.add(evaluation.evaluate("DQN (shopml)", new DqnScorer(dqn)));
        scores.add(evaluation.evaluate("popularity", new PopularityScorer(train, data.itemCount())));
        scores.add(evaluation.evaluate("item-CF cosine", new ItemCosineScorer(train, data.itemCount())));
        scores.add(evaluation.evaluate("ALS (implicit MF)", new AlsScorer(als)));
        return scores;
    }

    /**
     * Reads and cleans {@code csv} with the minimum counts recorded in the model's manifest.
     *
     * @throws IllegalArgumentException when the cleaned items differ from the model's catalogue
     *                                  (another file, or another cleaning)
     */
    public static RecommenderData dataFor(ModelArtifact artifact, Path csv) {
        Path file = csv != null ? csv : BundledDatasets.extract(BundledDatasets.MOVIELENS_RATINGS);
        DataFingerprint fingerprint = artifact.manifest().data();
        RecommenderData data = RecommenderData.load(file, count(fingerprint, "minUserCount"),
                count(fingerprint, "minItemCount"));
        ItemCatalogue catalogue = ItemCatalogue.read(artifact.file(ItemCatalogue.FILE));
        if (!catalogue.ids().equals(data.interactions().items())) {
            throw new IllegalArgumentException(file + " yields " + data.itemCount() + " items after cleaning, "
                    + "not the model's catalogue of " + catalogue.size() + " (trained on "
                    + fingerprint.source() + "); pass the file the model was trained on with --data");
        }
        return data;
    }

    private static int count(DataFingerprint fingerprint, String key) {
        Object value = fingerprint.split() == null ? null : fingerprint.split().get(key);
        if (!(value instanceof Number n)) {
            throw new IllegalArgumentException("the manifest's data split has no " + key + "; was it exported by "
                    + "the recommender trainer?");
        }
        return n.intValue();
    }

    /** A fixed-width text table, one row per model. */
    public static String toTable(List<RecommenderScore> scores) {
        StringBuilder table = new StringBuilder(String.format("%-20s %8s %8s %10s %9s %15s%n",
                "model", "HR@10", "NDCG@10", "recall@10", "coverage", "episode reward"));
        for (RecommenderScore s : scores) {
            table.append(String.format("%-20s %8.4f %8.4f %10.4f %9.4f %15.4f%n", s.model(), s.hitRate10(),
                    s.ndcg10(), s.recall10(), s.coverage(), s.meanEpisodeReward()));
        }
        return table.toString();
    }

    /** Writes the scores and the protocol as JSON, creating parent folders. */
    public static void writeJson(List<RecommenderScore> scores, Path file) {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> protocol = new LinkedHashMap<>();
        protocol.put("split", "leave the last interaction of each user out");
        protocol.put("sampledNegatives", RecommenderEvaluation.NEGATIVES);
        protocol.put("negativeSeed", NEGATIVE_SEED);
        protocol.put("k", RecommenderEvaluation.K);
        protocol.put("simulator", "greedy sessions over the last " + EPISODE_STEPS + " training steps of every user, "
                + "reward window " + REWARD_WINDOW);
        json.put("protocol", protocol);
        json.put("scores", scores);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
