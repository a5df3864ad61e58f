package io.shopml.cli;

import io.shopml.datasets.BundledDatasets;
import io.shopml.datasets.reviews.ReviewCsvReader;
import io.shopml.datasets.reviews.ReviewDataset;
import io.shopml.evaluation.sentiment.SentimentEvaluation;
import io.shopml.evaluation.sentiment.SentimentModelEvaluator;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code shopml evaluate sentiment}: the model against TF-IDF + logistic regression and the AFINN lexicon. */
@Command(name = "sentiment", mixinStandardHelpOptions = true,
        description = "Score the sentiment model, TF-IDF + logistic regression and the AFINN-165 lexicon baseline "
                + "on held-out reviews: accuracy, macro-F1, ROC-AUC, confusion matrices.")
final class EvaluateSentimentCommand implements Callable<Integer> {

    @Option(names = "--repo", required = true, paramLabel = "DIR", description = "Model repository.")
    Path repo;

    @Option(names = "--name", defaultValue = "review-sentiment", description = "Model name (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--version", paramLabel = "N", description = "Model version (default: the latest).")
    Integer version;

    @Option(names = "--data", paramLabel = "TEST.csv",
            description = "Held-out reviews (default: the 1000 bundled Amazon Fine Food test reviews).")
    Path data;

    @Option(names = "--train", paramLabel = "TRAIN.csv",
            description = "Reviews the baselines are fitted on (default: the bundled training reviews).")
    Path train;

    @Option(names = "--text-col", paramLabel = "C", description = "Text column (default: review, else text).")
    String textColumn;

    @Option(names = "--label-col", paramLabel = "C", description = "Label column (default: score, else label).")
    String labelColumn;

    @Option(names = "--json", paramLabel = "OUT.json", description = "Also write the results as JSON.")
    Path json;

    @Override
    public Integer call() {
        ReviewCsvReader reader = new ReviewCsvReader().textColumn(textColumn).labelColumn(labelColumn);
        ReviewDataset test = reader.read(data != null ? data : BundledDatasets.extract(BundledDatasets.REVIEWS_TEST));
        ReviewDataset training = reader.read(train != null ? train : BundledDatasets.extract(BundledDatasets.REVIEWS_TRAIN));
        ModelRepository repository = new ModelRepository(repo);
        ModelArtifact artifact = version == null ? repository.openLatest(name) : repository.open(name, version);
        SentimentEvaluation evaluation = SentimentModelEvaluator.compare(artifact, training, test);
        System.out.println(evaluation.toTable());
        if (json != null) {
            evaluation.writeJson(json);
            System.out.println("wrote " + json);
        }
        return 0;
    }
}
