package io.shopml.cli;

import picocli.CommandLine.Command;

/** {@code shopml import <model>}: models trained outside shopml, as repository versions. */
@Command(name = "import", description = "Register a model trained elsewhere as the next version in a model repository.",
        subcommands = {ImportSentimentCommand.class})
final class ImportCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
