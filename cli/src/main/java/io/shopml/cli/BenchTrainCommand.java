package io.shopml.cli;

import io.shopml.evaluation.bench.TrainBenchComparison;
import io.shopml.evaluation.bench.TrainBenchOptions;
import io.shopml.evaluation.pytorch.PyTorchPeer;
import io.shopml.evaluation.report.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code shopml bench train <model>}: training steps per second of the model's network in shopml,
 * next to the same architecture, batch and optimizer in PyTorch, measured in one run; the last
 * line is {@code <model> training speed vs PyTorch: <ratio>x}.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Training steps/s of a model's network in shopml and, when available, in PyTorch.")
final class BenchTrainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL", description = "Model to benchmark, e.g. forecaster.")
    String model;

    @Option(names = "--steps", defaultValue = "48", description = "Timed steps (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--warmup", defaultValue = "5", description = "Untimed warm-up steps (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--batch", defaultValue = "0", description = "Batch size (default: the model's reference batch).")
    int batch;

    @Option(names = "--threads", description = "Threads for PyTorch (default: the number of cores).")
    Integer threads;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Save the result as a section for the next 'evaluate --all --out DIR'.")
    Path report;

    @Override
    public Integer call() {
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        TrainBenchComparison c = TrainBenchComparison.run(model, new TrainBenchOptions(steps, warmup, batch, cores),
                PyTorchPeer.debianPython());
        System.out.printf("bench train %s: %s%n", model, c.description());
        System.out.printf("  shopml                      %8.2f steps/s%n", c.shopml());
        c.peer().ifPresent(p -> System.out.printf("  PyTorch %s, %d threads %8.2f steps/s%n", p.torchVersion(), cores,
                p.stepsPerSecond()));
        c.peerMissing().ifPresent(reason -> System.out.println("  PyTorch peer not run: " + reason));
        if (!c.shopmlPhasesMs().isEmpty()) {
            System.out.println("  ms per step by phase: shopml " + phases(c.shopmlPhasesMs())
                    + (c.peerPhasesMs().isEmpty() ? "" : "; PyTorch " + phases(c.peerPhasesMs())));
        }
        if (report != null) {
            System.out.println("wrote " + ReportJson.saveSection(c.toSection(), report, "train-" + model));
        }
        System.out.println(c.verdict());
        return 0;
    }

    private static String phases(Map<String, Double> ms) {
        return ms.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
