package io.shopml.evaluation.sentiment;

import io.shopml.datasets.BundledDatasets;
import io.shopml.datasets.reviews.ReviewCsvReader;
import io.shopml.datasets.reviews.ReviewDataset;
import io.shopml.evaluation.report.EvaluationContext;
import io.shopml.evaluation.report.MatrixPlot;
import io.shopml.evaluation.report.ModelEvaluator;
import io.shopml.evaluation.report.ReportSection;
import io.shopml.evaluation.report.TrainingCurves;
import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.sentiment.LoadedSentimentModel;

import java.nio.file.Path;
import java.util.List;

/**
 * The sentiment model's report section and the comparison behind {@code shopml evaluate sentiment}:
 * the exported version, TF-IDF + logistic regression and the AFINN-165 lexicon, the baselines
 * fitted on the training reviews, all scored on the held-out test reviews; plus the model's
 * confusion matrix and its training curves.
 */
public final class SentimentModelEvaluator implements ModelEvaluator {

    @Override
    public String task() {
        return "sentiment";
    }

    /** Scores {@code artifact} and both baselines (fitted on {@code training}) on {@code test}. */
    public static SentimentEvaluation compare(ModelArtifact artifact, ReviewDataset training, ReviewDataset test) {
        List<TextClassifier> baselines = List.of(TfIdfLogisticRegression.fit(training), LexiconClassifier.fit(training));
        Manifest manifest = artifact.manifest();
        try (LoadedSentimentModel model = LoadedSentimentModel.load(artifact)) {
            BertTextClassifier bert = new BertTextClassifier(manifest.name() + " v" + manifest.version()
                    + " (" + manifest.framework() + ")", model);
            return SentimentEvaluation.run(test, List.of(bert, baselines.get(0), baselines.get(1)));
        }
    }

    /** The bundled training reviews, which the baselines learn from. */
    public static ReviewDataset bundledTraining() {
        return new ReviewCsvReader().read(BundledDatasets.extract(BundledDatasets.REVIEWS_TRAIN));
    }

    @Override
    public ReportSection evaluate(ModelArtifact artifact, EvaluationContext context) {
        Manifest manifest = artifact.manifest();
        Path testFile = context.dataFor(task()).orElseGet(() -> BundledDatasets.extract(BundledDatasets.REVIEWS_TEST));
        SentimentEvaluation evaluation = compare(artifact, bundledTraining(), new ReviewCsvReader().read(testFile));
        SentimentScore model = evaluation.scores().get(0);
        ReportSection.Builder section = ReportSection.builder(manifest.name() + " v" + manifest.version()
                        + " (sentiment)")
                .summary("Held-out reviews of " + testFile.getFileName() + " (" + evaluation.reviews()
                        + "), classified by the model and by two baselines fitted on the bundled training reviews: "
                        + "TF-IDF over words and word pairs with L2-regularised logistic regression, and the "
                        + "AFINN-165 lexicon's positive and negative totals with a two-feature logistic regression. "
                        + "Macro-F1 weighs every class the same; ROC-AUC is one class against the rest.")
                .table(evaluation.metricsTable())
                .plot(new MatrixPlot("Confusion matrix, " + model.model(), evaluation.labels(),
                        model.metrics().confusion()));
        TrainingCurves.of(manifest, context).ifPresentOrElse(section::plot, () -> section.note(
                "no training curves: the run that trained this version is not under " + context.runsRoot()
                        + " (pass --runs DIR)"));
        return section.build();
    }
}
