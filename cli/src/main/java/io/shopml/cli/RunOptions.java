package io.shopml.cli;

import io.shopml.training.loop.RunDirectory;
import io.shopml.training.loop.TrainingException;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;

/** Flags every {@code train} command shares: the seed, where runs go, and resuming an unfinished run. */
final class RunOptions {

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--runs", defaultValue = "runs", paramLabel = "DIR",
            description = "Where run folders (checkpoints, metrics.jsonl) go (default: ${DEFAULT-VALUE}).")
    Path runs = Path.of("runs");

    @Option(names = "--resume", description = "Continue the latest unfinished run of this model from its last checkpoint.")
    boolean resume;

    /** A new run of {@code model}, or with {@code --resume} its latest unfinished one; says which. */
    RunDirectory open(String model, PrintStream out) {
        RunDirectory run = resume
                ? RunDirectory.latestUnfinished(runs, model).orElseThrow(() -> new TrainingException(
                        "--resume: no unfinished run of '" + model + "' under " + runs.toAbsolutePath()))
                : RunDirectory.create(runs, model);
        out.println((resume ? "resuming run " : "run ") + run.path());
        return run;
    }
}
