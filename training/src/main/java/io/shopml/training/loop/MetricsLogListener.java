package io.shopml.training.loop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/** Appends one JSON line per epoch to the run's {@code metrics.jsonl}. */
final class MetricsLogListener implements TrainingListener {

    private final Path file;

    MetricsLogListener(Path file) {
        this.file = file;
    }

    @Override
    public void onEpochEnd(EpochResult r) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("epoch", r.epoch());
        line.put("step", r.globalStep());
        line.put("train_loss", r.trainLoss());
        line.put("val_loss", r.validationLoss());
        line.put("lr", r.learningRate());
        line.put("improved", r.improved());
        line.put("best_val_loss", r.bestValidationLoss());
        line.put("seconds", r.seconds());
        new java.util.TreeMap<>(r.extra()).forEach(line::put);
        try {
            String json = RunDirectory.JSON.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(line);
            Files.writeString(file, json + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to metrics log " + file, e);
        }
    }
}
