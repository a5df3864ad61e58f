package io.shopml.evaluation.recommend;

import io.shopml.evaluation.report.EvaluationContext;
import io.shopml.evaluation.report.MetricsTable;
import io.shopml.evaluation.report.ModelEvaluator;
import io.shopml.evaluation.report.ReportSection;
import io.shopml.evaluation.report.TableRow;
import io.shopml.evaluation.report.TrainingCurves;
import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;

import java.util.ArrayList;
import java.util.List;

/**
 * The recommender's report section: the DQN next to popularity, item-CF cosine and ALS under the
 * leave-last-out protocol of {@link RecommenderComparison}, the published MovieLens references,
 * and the training run's curves (loss and validation HR@10 per epoch).
 */
public final class RecommenderModelEvaluator implements ModelEvaluator {

    private static final String REFERENCE_SOURCE = "MovieLens-100k, leave-one-out, 100 sampled negatives (the "
            + "protocol of He et al., Neural Collaborative Filtering, WWW 2017), values as quoted in issue #6";

    @Override
    public String task() {
        return "recommend";
    }

    @Override
    public ReportSection evaluate(ModelArtifact artifact, EvaluationContext context) {
        Manifest manifest = artifact.manifest();
        List<RecommenderScore> scores = RecommenderComparison.compare(artifact, context.dataFor(task()).orElse(null));
        List<TableRow> rows = new ArrayList<>();
        for (RecommenderScore s : scores) {
            Double[] values = {s.hitRate10(), s.ndcg10(), s.recall10(), s.coverage(), s.meanEpisodeReward()};
            rows.add(rows.isEmpty() ? TableRow.model(s.model(), values) : TableRow.baseline(s.model(), values));
        }
        ReportSection.Builder section = ReportSection.builder(manifest.name() + " v" + manifest.version()
                        + " (recommend)")
                .summary("Leave-last-out on " + manifest.data().source() + ": each user's last interaction is held "
                        + "out. HR@10 and NDCG@10 rank it against " + RecommenderEvaluation.NEGATIVES + " items the "
                        + "user never interacted with (seed " + RecommenderComparison.NEGATIVE_SEED + ", the same "
                        + "for every model); recall@10 and coverage rank the whole catalogue minus the user's history; "
                        + "the episode reward replays greedy sessions over each user's last "
                        + RecommenderComparison.EPISODE_STEPS + " training steps in the simulator.")
                .table(new MetricsTable("Leave-last-out, k = " + RecommenderEvaluation.K,
                        List.of("HR@10", "NDCG@10", "recall@10", "coverage", "episode reward"), rows))
                .table(new MetricsTable("Published references (HR@10, 100 sampled negatives)", List.of("HR@10"),
                        List.of(TableRow.reference("popularity", REFERENCE_SOURCE, 0.37),
                                TableRow.reference("item-KNN", REFERENCE_SOURCE, 0.47),
                                TableRow.reference("NCF (NeuMF)", REFERENCE_SOURCE, 0.75))))
                .note("References are from a different MovieLens release; compare the DQN with the baseline rows "
                        + "above, measured on the same split and candidates.");
        TrainingCurves.of(manifest, context).ifPresentOrElse(section::plot, () -> section.note(
                "no training curves: run " + (manifest.provenance() == null ? "?" : manifest.provenance().runId())
                        + " is not under " + context.runsRoot().resolve(manifest.name()) + " (pass --runs DIR)"));
        return section.build();
    }
}
