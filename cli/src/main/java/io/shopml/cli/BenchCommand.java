package io.shopml.cli;

import picocli.CommandLine.Command;

/** {@code shopml bench serve|train}. */
@Command(name = "bench", description = "Measure serving latency and throughput, or training speed against PyTorch.",
        subcommands = {BenchServeCommand.class, BenchTrainCommand.class, BenchInferCommand.class})
final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
