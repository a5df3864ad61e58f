package io.shopml.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code shopml}: train, serve, evaluate and benchmark shopml's models. */
@Command(name = "shopml",
        mixinStandardHelpOptions = true,
        versionProvider = ShopmlVersion.class,
        description = "Train and serve deep-learning models for e-commerce over gRPC.",
        subcommands = {
                QuickstartCommand.class,
                TrainCommand.class,
                ImportCommand.class,
                ServeCommand.class,
                EvaluateCommand.class,
                BenchCommand.class,
                DoctorCommand.class,
                CommandLine.HelpCommand.class
        })
public final class ShopmlCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("ai.djl.offline", "true");
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (0 success, 1 failure, 2 usage error). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line; tests redirect its error stream. */
    static CommandLine commandLine() {
        return new CommandLine(new ShopmlCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new OneLineErrorHandler());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
