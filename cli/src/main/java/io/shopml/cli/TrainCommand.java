package io.shopml.cli;

import picocli.CommandLine.Command;

/** {@code shopml train <model>}. */
@Command(name = "train", description = "Train a model and export it as the next version in a model repository.",
        subcommands = {TrainForecasterCommand.class, TrainSentimentCommand.class, TrainRecommenderCommand.class,
                TrainProductCommand.class})
final class TrainCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
