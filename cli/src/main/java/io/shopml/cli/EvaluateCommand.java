package io.shopml.cli;

import picocli.CommandLine.Command;

/** {@code shopml evaluate <model>}, or {@code shopml evaluate --all --repo DIR} for the HTML report. */
@Command(name = "evaluate", description = "Evaluate a model on its held-out data against baselines.",
        subcommands = {EvaluateForecasterCommand.class, EvaluateRecommenderCommand.class,
                EvaluateProductCommand.class, EvaluateSentimentCommand.class})
final class EvaluateCommand implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Mixin
    EvaluateAllOptions all = new EvaluateAllOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (all.all) {
            return all.run();
        }
        spec.commandLine().usage(System.out);
        return 0;
    }
}
