package io.shopml.cli;

import io.shopml.datasets.BundledDatasets;
import io.shopml.datasets.reviews.ReviewCsvReader;
import io.shopml.datasets.reviews.ReviewDataset;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.sentiment.SentimentConfig;
import io.shopml.training.loop.ProgressBarListener;
import io.shopml.training.loop.RunDirectory;
import io.shopml.training.loop.TrainingException;
import io.shopml.training.sentiment.SentimentTrainer;
import io.shopml.training.sentiment.SentimentTrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code shopml train sentiment}: the BERT review classifier on DJL. */
@Command(name = "sentiment", mixinStandardHelpOptions = true,
        description = "Train the BERT review-sentiment classifier: WordPiece vocabulary, masked-language-model "
                + "pre-training, then fine-tuning.")
final class TrainSentimentCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "F.csv",
            description = "CSV with a text and a label column (default: the bundled Amazon Fine Food training reviews).")
    Path data;

    @Option(names = "--text-col", paramLabel = "C", description = "Text column (default: review, else text).")
    String textColumn;

    @Option(names = "--label-col", paramLabel = "C", description = "Label column (default: score, else label).")
    String labelColumn;

    @Option(names = "--repo", required = true, paramLabel = "DIR", description = "Model repository to export into.")
    Path repo;

    @Option(names = "--name", defaultValue = "review-sentiment", description = "Model name (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--quick", description = "The short recipe (64-wide encoder, 64 tokens, 1 + 3 epochs) that "
            + "quickstart uses.")
    boolean quick;

    @Option(names = "--epochs", paramLabel = "N", description = "Maximum fine-tuning epochs (default: the recipe's).")
    Integer epochs;

    @Option(names = "--pretrain-epochs", paramLabel = "N",
            description = "Masked-language-model epochs, 0 to skip (default: the recipe's).")
    Integer pretrainEpochs;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--runs", defaultValue = "runs", paramLabel = "DIR",
            description = "Where run folders (tokenizer, checkpoints, metrics.jsonl) go (default: ${DEFAULT-VALUE}).")
    Path runs;

    @Option(names = "--resume", description = "Continue the latest unfinished run of this model.")
    boolean resume;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        SentimentConfig config = quick ? SentimentConfig.quickRecipe() : SentimentConfig.fullRecipe();
        if (epochs != null || pretrainEpochs != null) {
            config = config.withEpochs(pretrainEpochs != null ? pretrainEpochs : config.pretrainEpochs(),
                    epochs != null ? epochs : config.finetuneEpochs());
        }
        Path file = data != null ? data : BundledDatasets.extract(BundledDatasets.REVIEWS_TRAIN);
        ReviewDataset reviews = new ReviewCsvReader().textColumn(textColumn).labelColumn(labelColumn).read(file);
        out.printf("data: %d reviews (%d duplicates and %d empty dropped), labels %s%n", reviews.size(),
                reviews.duplicatesDropped(), reviews.emptyDropped(), reviews.labels());
        RunDirectory run = resume
                ? latestUnfinished()
                : RunDirectory.create(runs, name);
        out.println((resume ? "resuming run " : "run ") + run.path());
        SentimentTrainingResult result = new SentimentTrainer(config, seed)
                .train(reviews, run, resume, List.of(ProgressBarListener.toConsole()));
        ModelArtifact artifact = result.export(new ModelRepository(repo), name);
        out.printf("exported %s version %d to %s%n", name, artifact.manifest().version(), artifact.directory());
        result.metrics().forEach((k, v) -> out.printf("  %-30s %.4f%n", k, v));
        return 0;
    }

    /** The newest run of this model whose trainer record exists and whose fine-tuning did not finish. */
    private RunDirectory latestUnfinished() {
        Path modelRuns = runs.resolve(name);
        try (var dirs = java.nio.file.Files.list(modelRuns)) {
            return dirs.filter(d -> java.nio.file.Files.exists(d.resolve("trainer.json")))
                    .sorted(java.util.Comparator.reverseOrder())
                    .map(RunDirectory::new)
                    .filter(r -> new RunDirectory(r.path().resolve("finetune")).readState()
                            .map(s -> !s.finished()).orElse(true))
                    .findFirst()
                    .orElseThrow(() -> new TrainingException("--resume: no unfinished run of '" + name + "' under "
                            + runs.toAbsolutePath()));
        } catch (java.io.IOException e) {
            throw new TrainingException("--resume: no runs of '" + name + "' under " + runs.toAbsolutePath());
        }
    }
}
