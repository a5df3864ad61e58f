package io.shopml.evaluation.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastEvaluationTest {

    private static final ForecastEvaluation EVALUATION = new ForecastEvaluation(2,
            List.of(new ModelScore("seasonal-naive", 1.0, 12.345, 250.5, 0.9375, 26),
                    new ModelScore("a-much-longer-model-name", 0.8123, 9.5, 99.125, Double.NaN, 26)),
            List.of(new SeriesForecasts("store-1", List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1)),
                    new double[] {10, 12}, Map.of("a-much-longer-model-name",
                            ForecastResult.pointOnly(new double[] {11, 11})))));

    @Test
    void toTable_alignsOneRowPerModel_andShowsAMissingCoverageAsADash() {
        String[] lines = EVALUATION.toTable().split("\n");

        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("model ") && lines[0].contains("MASE") && lines[0].endsWith("n"), lines[0]);
        assertEquals("seasonal-naive               1.000    12.35%        250.50     93.8%      26", lines[1]);
        assertEquals("a-much-longer-model-name     0.812     9.50%         99.13         -      26", lines[2]);
        assertEquals(lines[0].length(), lines[1].length());
    }

    @Test
    void writeJson_writesScoresAndForecasts_withNullForWhatWasNotMeasured(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report/forecast.json");

        EVALUATION.writeJson(file);

        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals(2, root.get("horizon").asInt());
        assertEquals(0.9375, root.get("scores").get(0).get("coverage").asDouble(), 0);
        assertTrue(root.get("scores").get(1).get("coverage").isNull());
        assertEquals(26, root.get("scores").get(1).get("forecasts").asInt());
        JsonNode series = root.get("lastOrigin").get(0);
        assertEquals("2020-02-01", series.get("dates").get(1).asText());
        assertEquals(12.0, series.get("actual").get(1).asDouble(), 0);
        JsonNode forecast = series.get("forecasts").get("a-much-longer-model-name");
        assertEquals(11.0, forecast.get("point").get(0).asDouble(), 0);
        assertTrue(forecast.get("lower").isNull() && forecast.get("upper").isNull());
    }
}
