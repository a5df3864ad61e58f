package io.shopml.cli;

import io.shopml.evaluation.bench.ForecasterTrainBench;
import io.shopml.evaluation.bench.LstmBenchSettings;
import io.shopml.evaluation.pytorch.PyTorchBenchResult;
import io.shopml.evaluation.pytorch.PyTorchPeer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code shopml bench train forecaster}: training steps per second of the forecaster's network in
 * DL4J, next to the same architecture, batch and optimizer in PyTorch, measured in one run.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Training steps/s of a model's network in shopml and, when available, in PyTorch.")
final class BenchTrainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL", description = "Model to benchmark: forecaster.")
    String model;

    @Option(names = "--steps", defaultValue = "48", description = "Timed steps (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--warmup", defaultValue = "5", description = "Untimed warm-up steps (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--batch", defaultValue = "256", description = "Batch size (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--units", defaultValue = "64", description = "LSTM units (default: ${DEFAULT-VALUE}).")
    int units;

    @Option(names = "--layers", defaultValue = "1", description = "LSTM layers (default: ${DEFAULT-VALUE}).")
    int layers;

    @Option(names = "--window", defaultValue = "24", description = "Input window (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--horizon", defaultValue = "12", description = "Output steps (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(names = "--threads", description = "Threads for PyTorch (default: the number of cores).")
    Integer threads;

    @Override
    public Integer call() {
        if (!"forecaster".equals(model)) {
            throw new IllegalArgumentException("bench train: unknown model '" + model + "'; available: forecaster");
        }
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        LstmBenchSettings settings = new LstmBenchSettings(4, window, horizon, units, layers, batch, steps, warmup,
                cores);
        System.out.printf("bench train forecaster: %d x LSTM(%d), window %d, horizon %d, batch %d, Adam, MSE; "
                + "%d warm-up + %d timed steps%n", layers, units, window, horizon, batch, warmup, steps);
        double shopml = ForecasterTrainBench.stepsPerSecond(settings);
        System.out.printf("  shopml (DL4J %s)   %8.2f steps/s%n", dl4jBackend(), shopml);

        PyTorchPeer peer = PyTorchPeer.debianPython();
        Optional<String> unavailable = peer.unavailableReason();
        if (unavailable.isPresent()) {
            System.out.println("  PyTorch peer not run: " + unavailable.get()
                    + " (apt-get install -y --no-install-recommends python3-torch)");
            System.out.printf("forecaster training speed: %.2f steps/s (no PyTorch to compare)%n", shopml);
            return 0;
        }
        PyTorchBenchResult torch = peer.run(settings).orElseThrow();
        System.out.printf("  PyTorch %s, %d threads %8.2f steps/s%n", torch.torchVersion(), cores, torch.stepsPerSecond());
        System.out.printf("forecaster training speed vs PyTorch: %.2fx%n", shopml / torch.stepsPerSecond());
        return 0;
    }

    private static String dl4jBackend() {
        return org.nd4j.linalg.factory.Nd4j.getBackend().getClass().getSimpleName();
    }
}
