package io.shopml.evaluation.bench;

import io.shopml.evaluation.pytorch.PyTorchBenchResult;
import io.shopml.evaluation.pytorch.PyTorchPeer;
import io.shopml.evaluation.report.MetricsTable;
import io.shopml.evaluation.report.ReportSection;
import io.shopml.evaluation.report.TableRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;

/**
 * A model's training speed measured side by side with its PyTorch twin in one run (the machines
 * are shared and noisy, so only the ratio of a same-run pair means much).
 *
 * @param model        the benchmarked model
 * @param description  what was trained
 * @param shopml       shopml steps/s
 * @param peer         the PyTorch result, empty when PyTorch is not available
 * @param peerMissing  why PyTorch did not run, empty when it did
 * @param shopmlPhasesMs mean ms per step of each phase on the shopml side, when the bench splits a step
 */
public record TrainBenchComparison(String model, String description, double shopml,
                                   Optional<PyTorchBenchResult> peer, Optional<String> peerMissing,
                                   Map<String, Double> shopmlPhasesMs) {

    /** Runs the model's bench, then the peer when it is available. */
    public static TrainBenchComparison run(String model, TrainBenchOptions options, PyTorchPeer peer) {
        TrainBench bench = provider(model).create(options);
        double shopml = bench.shopmlStepsPerSecond();
        Optional<String> missing = peer.unavailableReason();
        Optional<PyTorchBenchResult> torch = missing.isPresent() ? Optional.empty() : bench.peerStepsPerSecond(peer);
        return new TrainBenchComparison(model, bench.description(), shopml, torch, missing, bench.shopmlPhasesMs());
    }

    /** The provider for {@code model}; the error lists the models that have one. */
    public static TrainBenchProvider provider(String model) {
        List<TrainBenchProvider> providers = StreamSupport.stream(
                ServiceLoader.load(TrainBenchProvider.class).spliterator(), false).toList();
        return providers.stream().filter(p -> p.model().equals(model)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("bench train: unknown model '" + model
                        + "'; available: " + providers.stream().map(TrainBenchProvider::model).sorted().toList()));
    }

    /** The peer's mean ms per step of each phase ({@code phases_ms} in its JSON line); empty when it reports none. */
    public Map<String, Double> peerPhasesMs() {
        Map<String, Double> phases = new LinkedHashMap<>();
        peer.map(p -> p.json().get("phases_ms")).ifPresent(node -> node.fields()
                .forEachRemaining(field -> phases.put(field.getKey(), field.getValue().asDouble())));
        return phases;
    }

    /** shopml steps/s over PyTorch steps/s; empty without the peer. */
    public Optional<Double> ratio() {
        return peer.map(p -> shopml / p.stepsPerSecond());
    }

    /** The closing line: {@code <model> training speed vs PyTorch: <ratio>x}, or shopml alone without PyTorch. */
    public String verdict() {
        return ratio().map(r -> String.format(Locale.ROOT, "%s training speed vs PyTorch: %.2fx", model, r))
                .orElseGet(() -> String.format(Locale.ROOT, "%s training speed: %.2f steps/s (no PyTorch to compare)",
                        model, shopml));
    }

    public ReportSection toSection() {
        List<TableRow> rows = new ArrayList<>();
        rows.add(TableRow.model("shopml", shopml, ratio().orElse(null)));
        peer.ifPresent(p -> rows.add(TableRow.baseline("PyTorch " + p.torchVersion(), p.stepsPerSecond(), 1.0)));
        ReportSection.Builder section = ReportSection.builder("Training speed: " + model)
                .summary(description + ". Same architecture, batch and optimizer in both, measured in one run.")
                .table(new MetricsTable("Training steps per second", List.of("steps/s", "vs PyTorch"), rows));
        peerMissing.ifPresent(reason -> section.note("PyTorch peer not run: " + reason));
        return section.build();
    }
}
