package io.shopml.evaluation.recommend;

import io.shopml.datasets.BundledDatasets;
import io.shopml.evaluation.report.EvaluationContext;
import io.shopml.evaluation.report.ReportSection;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.recommend.RecommenderConfig;
import io.shopml.training.loop.RunDirectory;
import io.shopml.training.recommend.RecommenderData;
import io.shopml.training.recommend.RecommenderTrainer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code evaluate recommender} and the report section on a tiny DQN trained on a real MovieLens slice. */
class RecommenderComparisonTest {

    @TempDir
    static Path dir;
    private static ModelArtifact artifact;

    @BeforeAll
    static void trainTinyModel() {
        RecommenderConfig tiny = new RecommenderConfig(3, 8, 20, 40, 1, 10, 8, 32, 2_000, 0.5, 1.0, 0.05, 600, 10,
                1e-2, 0, 5, 10, 5, 2, 0.1, 10, 20);
        RecommenderData data = RecommenderData.load(BundledDatasets.extract(BundledDatasets.MOVIELENS_RATINGS), 20, 40);
        artifact = new RecommenderTrainer(tiny, 3).train(data, RunDirectory.create(dir.resolve("runs"), "recommender"),
                false, List.of()).export(new ModelRepository(dir.resolve("repo")), "recommender", Map.of());
    }

    @Test
    void compare_scoresTheDqnAndEveryBaselineOnTheSameSplit() throws Exception {
        List<RecommenderScore> scores = RecommenderComparison.compare(artifact, null);

        assertEquals(List.of("DQN (shopml)", "popularity", "item-CF cosine", "ALS (implicit MF)"),
                scores.stream().map(RecommenderScore::model).toList());
        for (RecommenderScore s : scores) {
            for (double v : new double[] {s.hitRate10(), s.ndcg10(), s.recall10(), s.coverage()}) {
                assertTrue(v >= 0 && v <= 1, s.model() + ": " + v);
            }
            assertTrue(s.ndcg10() <= s.hitRate10(), s.model() + ": NDCG@10 never exceeds HR@10");
            assertTrue(s.meanEpisodeReward() >= 0, s.model());
        }
        RecommenderData data = RecommenderComparison.dataFor(artifact, null);
        RecommenderScore popularity = new RecommenderEvaluation(data, RecommenderComparison.NEGATIVE_SEED,
                RecommenderComparison.REWARD_WINDOW, RecommenderComparison.EPISODE_STEPS)
                .evaluate("popularity", new PopularityScorer(data.test().train(), data.itemCount()));
        assertEquals(popularity, scores.get(1), "same negatives and split on every call");

        Path json = dir.resolve("out/eval.json");
        RecommenderComparison.writeJson(scores, json);
        String text = Files.readString(json);
        assertTrue(text.contains("\"sampledNegatives\" : 100") && text.contains("\"hitRate10\""), text);
        assertEquals(5, RecommenderComparison.toTable(scores).lines().count(), "header + one row per model");
    }

    @Test
    void dataFor_rejectsAFileWhoseItemsAreNotTheModelsCatalogue() throws Exception {
        List<String> lines = Files.readAllLines(BundledDatasets.extract(BundledDatasets.MOVIELENS_RATINGS));
        Path other = dir.resolve("fewer.csv");
        Files.write(other, java.util.stream.IntStream.range(0, lines.size()).filter(i -> i % 10 != 1)
                .mapToObj(lines::get).toList());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecommenderComparison.dataFor(artifact, other));
        assertTrue(e.getMessage().contains("not the model's catalogue"), e.getMessage());
    }

    @Test
    void reportSection_hasTheScoreTableAndThePublishedReferences() {
        ReportSection section = new RecommenderModelEvaluator().evaluate(artifact,
                new EvaluationContext(dir.resolve("runs"), Map.of()));
        assertEquals(2, section.tables().size());
        assertEquals(4, section.tables().get(0).rows().size());
        assertEquals(3, section.tables().get(1).rows().size());
        assertTrue(section.summary().contains("100 items"), section.summary());
    }
}
