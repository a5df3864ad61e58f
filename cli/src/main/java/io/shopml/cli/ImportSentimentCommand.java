package io.shopml.cli;

import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.sentiment.TorchScriptImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code shopml import sentiment}: a TorchScript BERT classifier trained elsewhere, as a repository version. */
@Command(name = "sentiment", mixinStandardHelpOptions = true,
        description = "Register a TorchScript BERT classifier, forward(input_ids, attention_mask) -> logits, and its "
                + "Hugging Face tokenizer.json as the next version of a sentiment model.")
final class ImportSentimentCommand implements Callable<Integer> {

    @Option(names = "--torchscript", required = true, paramLabel = "model.pt", description = "The TorchScript file.")
    Path torchScript;

    @Option(names = "--tokenizer", required = true, paramLabel = "tokenizer.json",
            description = "The model's Hugging Face tokenizer.json.")
    Path tokenizer;

    @Option(names = "--labels", required = true, split = ",", paramLabel = "A,B,...",
            description = "Class names in the order of the model's logits.")
    List<String> labels;

    @Option(names = "--max-length", defaultValue = "128", paramLabel = "N",
            description = "Tokens read per text, [CLS] and [SEP] included (default: ${DEFAULT-VALUE}).")
    int maxLength;

    @Option(names = "--repo", required = true, paramLabel = "DIR", description = "Model repository to import into.")
    Path repo;

    @Option(names = "--name", defaultValue = "review-sentiment", description = "Model name (default: ${DEFAULT-VALUE}).")
    String name;

    @Override
    public Integer call() {
        ModelArtifact artifact = TorchScriptImport.importModel(new ModelRepository(repo), name, torchScript, tokenizer,
                labels, maxLength);
        System.out.printf("imported %s version %d to %s%n", name, artifact.manifest().version(), artifact.directory());
        return 0;
    }
}
