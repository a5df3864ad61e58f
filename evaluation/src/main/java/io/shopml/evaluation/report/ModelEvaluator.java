package io.shopml.evaluation.report;

import io.shopml.models.artifact.ModelArtifact;

/**
 * Evaluates one kind of model for {@code shopml evaluate --all}: scores an exported version on its
 * held-out split next to its baselines and published reference numbers, and draws the plots a
 * reader would rather look at than read. One implementation per manifest task, found through
 * {@link java.util.ServiceLoader}: list it in
 * {@code META-INF/services/io.shopml.evaluation.report.ModelEvaluator} of the module that holds it.
 *
 * <pre>{@code
 * public final class SentimentModelEvaluator implements ModelEvaluator {
 *     public String task() { return "sentiment"; }
 *     public ReportSection evaluate(ModelArtifact artifact, EvaluationContext context) {
 *         MetricsTable table = new MetricsTable("Test split (1000 reviews)", List.of("accuracy", "macro-F1"), List.of(
 *                 TableRow.model("BERT (shopml)", 0.91, 0.89),
 *                 TableRow.baseline("majority class", 0.66, 0.40),
 *                 TableRow.reference("fine-tuned BERT-base (IMDB)", "Sun et al. 2019", 0.95, null)));
 *         return ReportSection.builder(artifact.manifest().name() + " v" + artifact.manifest().version())
 *                 .summary("...").table(table).plot(confusionMatrix)
 *                 .plots(TrainingCurves.of(artifact.manifest(), context).stream().toList()).build();
 *     }
 * }
 * }</pre>
 */
public interface ModelEvaluator {

    /** The manifest task this evaluator handles: {@code forecast}, {@code sentiment}, {@code product} or {@code recommend}. */
    String task();

    /**
     * Evaluates {@code artifact} (already verified) on its held-out data.
     *
     * @throws RuntimeException with a message naming the problem when the model or its data cannot
     *                          be evaluated; {@code evaluate --all} reports it and goes on with the next model
     */
    ReportSection evaluate(ModelArtifact artifact, EvaluationContext context);
}
