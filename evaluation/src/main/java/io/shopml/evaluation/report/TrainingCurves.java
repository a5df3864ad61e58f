package io.shopml.evaluation.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.shopml.models.artifact.Manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Training and validation loss per epoch, read from the {@code metrics.jsonl} the shared
 * training loop writes ({@code epoch}, {@code train_loss}, {@code val_loss} per line).
 */
public final class TrainingCurves {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private TrainingCurves() {
    }

    /** The curves of the run that trained {@code manifest}'s model, when its log is still on disk. */
    public static Optional<LinePlot> of(Manifest manifest, EvaluationContext context) {
        return context.metricsLog(manifest).map(log -> read(log, "Training run " + manifest.provenance().runId()));
    }

    /**
     * Reads one metrics log; a resumed run may repeat epochs, and the last line for an epoch wins.
     *
     * @throws UncheckedIOException naming the file when it cannot be read or a line is not JSON
     */
    public static LinePlot read(Path metricsLog, String title) {
        java.util.TreeMap<Integer, double[]> byEpoch = new java.util.TreeMap<>();
        try {
            for (String line : Files.readAllLines(metricsLog)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                byEpoch.put(node.path("epoch").asInt(),
                        new double[] {number(node, "train_loss"), number(node, "val_loss")});
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the metrics log " + metricsLog + ": " + e.getMessage(), e);
        }
        double[] epochs = new double[byEpoch.size()];
        double[] train = new double[byEpoch.size()];
        double[] validation = new double[byEpoch.size()];
        int i = 0;
        for (var entry : byEpoch.entrySet()) {
            epochs[i] = entry.getKey();
            train[i] = entry.getValue()[0];
            validation[i] = entry.getValue()[1];
            i++;
        }
        List<LinePlot.Line> lines = new ArrayList<>();
        lines.add(new LinePlot.Line("training loss", epochs, train));
        lines.add(new LinePlot.Line("validation loss", epochs, validation));
        return new LinePlot(title, "epoch", "loss", false, lines, List.of());
    }

    private static double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isNumber() ? Double.NaN : value.asDouble();
    }
}
