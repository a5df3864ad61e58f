package io.shopml.cli;

import picocli.CommandLine.Command;

/** {@code shopml evaluate <model>}. */
@Command(name = "evaluate", description = "Evaluate a model on its held-out data against baselines.",
        subcommands = {EvaluateForecasterCommand.class})
final class EvaluateCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
