package io.shopml.cli;

import io.grpc.ManagedChannel;
import io.shopml.datasets.BundledDatasets;
import io.shopml.datasets.reviews.Review;
import io.shopml.datasets.reviews.ReviewCsvReader;
import io.shopml.datasets.reviews.ReviewDataset;
import io.shopml.evaluation.sentiment.SentimentModelEvaluator;
import io.shopml.evaluation.serve.LoadGenerator;
import io.shopml.evaluation.serve.LoadSettings;
import io.shopml.evaluation.serve.SentimentInferRequests;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.sentiment.SentimentConfig;
import io.shopml.proto.v1.ClassProbability;
import io.shopml.proto.v1.ClassifyRequest;
import io.shopml.proto.v1.ClassifyResponse;
import io.shopml.proto.v1.SentimentServiceGrpc;
import io.shopml.proto.v1.TextSentiment;
import io.shopml.training.loop.ProgressBarListener;
import io.shopml.training.loop.RunDirectory;
import io.shopml.training.sentiment.SentimentTrainer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentiment model in quickstart: quick recipe (small BERT, 1 + 3 epochs) on the bundled
 * Amazon Fine Food training reviews; a few test reviews classified over gRPC with their true
 * label; the test-set scores next to TF-IDF + logistic regression and the AFINN lexicon; KServe
 * latency at batch 1 and 32.
 */
final class SentimentQuickstart implements QuickstartModel {

    private static final String MODEL = "review-sentiment";
    /** Test reviews shown per class. */
    private static final int SHOWN_PER_LABEL = 3;
    private static final int SNIPPET = 70;

    private final long seed;
    private final ReviewDataset training;
    private final ReviewDataset test;

    SentimentQuickstart(long seed) {
        this.seed = seed;
        this.training = new ReviewCsvReader().read(BundledDatasets.extract(BundledDatasets.REVIEWS_TRAIN));
        this.test = new ReviewCsvReader().read(BundledDatasets.extract(BundledDatasets.REVIEWS_TEST));
    }

    @Override
    public String title() {
        return "sentiment (BERT on DJL PyTorch, bundled Amazon Fine Food reviews, " + training.size() + " train / "
                + test.size() + " test)";
    }

    @Override
    public void trainAndExport(ModelRepository repository, Path work, PrintStream out) {
        ModelArtifact artifact = new SentimentTrainer(SentimentConfig.quickRecipe(), seed)
                .train(training, RunDirectory.create(work.resolve("runs"), MODEL), false,
                        List.of(ProgressBarListener.toConsole()))
                .export(repository, MODEL);
        out.printf("   exported %s version %d to %s%n", MODEL, artifact.manifest().version(), artifact.directory());
    }

    @Override
    public void query(ManagedChannel channel, ModelRepository repository, PrintStream out) throws Exception {
        List<Review> shown = examples();
        ClassifyResponse response = SentimentServiceGrpc.newBlockingStub(channel).classify(ClassifyRequest.newBuilder()
                .setModelName(MODEL).addAllTexts(shown.stream().map(Review::text).toList()).build());
        out.printf("   SentimentService.Classify over gRPC: %d test reviews (model reads %d tokens)%n", shown.size(),
                response.getMaxTokens());
        out.printf("   %-7s %-9s %6s  %s%n", "true", "predicted", "p", "review");
        for (int i = 0; i < shown.size(); i++) {
            TextSentiment result = response.getResults(i);
            float probability = result.getProbabilitiesList().stream().filter(p -> p.getLabel().equals(result.getLabel()))
                    .map(ClassProbability::getProbability).findFirst().orElse(Float.NaN);
            out.printf("   %-7s %-9s %6.3f  %s%s%n", shown.get(i).label(), result.getLabel(), probability,
                    snippet(shown.get(i).text()), result.getTruncated() ? " [truncated]" : "");
        }
        out.println("   test reviews: the model vs the baselines (fitted on the training reviews)");
        SentimentModelEvaluator.compare(repository.openLatest(MODEL), training, test).toTable().lines()
                .forEach(line -> out.println("   " + line));
        out.println("   latency: KServe v2 ModelInfer, text BYTES [batch], concurrency 1, client-measured");
        for (int batch : new int[] {1, 32}) {
            out.println("   batch " + batch + ", " + new LoadGenerator(channel, new SentimentInferRequests(test.texts(),
                    MODEL, batch)).run(new LoadSettings(1, 10, 100, Duration.ofSeconds(30))).summary());
        }
    }

    /** The first few test reviews of each class. */
    private List<Review> examples() {
        List<Review> shown = new ArrayList<>();
        for (String label : test.labels()) {
            test.reviews().stream().filter(r -> r.label().equals(label)).limit(SHOWN_PER_LABEL).forEach(shown::add);
        }
        return shown;
    }

    private static String snippet(String text) {
        return text.length() <= SNIPPET ? text : text.substring(0, SNIPPET - 3) + "...";
    }
}
