package io.shopml.evaluation.forecast;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a {@link ForecastEvaluation} as JSON for reports and scripts. Non-finite numbers (a
 * coverage that was not measured) become {@code null}, which every JSON reader accepts, rather
 * than Jackson's non-standard {@code NaN}.
 */
final class ForecastEvaluationJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ForecastEvaluationJson() {
    }

    static void write(ForecastEvaluation evaluation, Path file) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("horizon", evaluation.horizon());
        ArrayNode scores = root.putArray("scores");
        for (ModelScore score : evaluation.scores()) {
            ObjectNode node = scores.addObject();
            node.put("model", score.model());
            putNumber(node, "mase", score.mase());
            putNumber(node, "smape", score.smape());
            putNumber(node, "mae", score.mae());
            putNumber(node, "coverage", score.coverage());
            node.put("forecasts", score.forecasts());
        }
        ArrayNode lastOrigin = root.putArray("lastOrigin");
        for (SeriesForecasts series : evaluation.lastOrigin()) {
            ObjectNode node = lastOrigin.addObject();
            node.put("series", series.seriesId());
            ArrayNode dates = node.putArray("dates");
            series.dates().forEach(date -> dates.add(date.toString()));
            putArray(node, "actual", series.actual());
            ObjectNode forecasts = node.putObject("forecasts");
            for (Map.Entry<String, ForecastResult> entry : series.forecasts().entrySet()) {
                ObjectNode forecast = forecasts.putObject(entry.getKey());
                putArray(forecast, "point", entry.getValue().point());
                putArray(forecast, "lower", entry.getValue().lower());
                putArray(forecast, "upper", entry.getValue().upper());
            }
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            MAPPER.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the forecast evaluation to " + file + ": " + e.getMessage(), e);
        }
    }

    private static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }

    /** A {@code null} array (no interval) is written as {@code null}. */
    private static void putArray(ObjectNode node, String field, double[] values) {
        if (values == null) {
            node.putNull(field);
            return;
        }
        ArrayNode array = node.putArray(field);
        for (double value : values) {
            if (Double.isFinite(value)) {
                array.add(value);
            } else {
                array.addNull();
            }
        }
    }
}
