package io.shopml.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shopml.models.artifact.ModelRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forecaster's CLI contract: exit codes, one-line errors, train -> evaluate on real data. */
class ForecasterCommandsTest {

    @TempDir
    Path dir;

    private final StringWriter errors = new StringWriter();

    private int run(String... args) {
        CommandLine cli = ShopmlCommand.commandLine();
        cli.setErr(new PrintWriter(errors, true));
        return cli.execute(args);
    }

    @Test
    void trainThenEvaluate_onTheBundledData_exportsAVersionAndScoresItAgainstBaselines() throws IOException {
        Path repo = dir.resolve("repo");
        assertEquals(0, run("train", "forecaster", "--quick", "--epochs", "2", "--horizon", "6",
                "--repo", repo.toString(), "--runs", dir.resolve("runs").toString()), errors.toString());
        assertEquals(java.util.List.of(1), new ModelRepository(repo).versions("sales-forecaster"));

        Path json = dir.resolve("eval.json");
        assertEquals(0, run("evaluate", "forecaster", "--repo", repo.toString(), "--json", json.toString()),
                errors.toString());
        JsonNode results = new ObjectMapper().readTree(json.toFile());
        assertEquals(3, results.get("scores").size(), results.toString());
        assertTrue(results.toString().contains("seasonal-naive"), results.toString());

        Path comparison = dir.resolve("batching.json");
        assertEquals(0, run("bench", "serve", "--repo", repo.toString(), "--compare-batching", "--concurrency", "1,4",
                "--requests", "40", "--warmup", "5", "--max-seconds", "20", "--json", comparison.toString()),
                errors.toString());
        JsonNode rows = new ObjectMapper().readTree(comparison.toFile()).get("rows");
        assertEquals(2, rows.size(), rows.toString());
        for (JsonNode row : rows) {
            assertEquals(40, row.get("on").get("calls").asLong(), row.toString());
            assertEquals(40, row.get("off").get("calls").asLong(), row.toString());
            assertTrue(row.get("onSplit").get("executions").asLong() > 0, "the batching server's metrics saw the load");
            assertEquals(40 + 5, row.get("offSplit").get("executions").asLong(),
                    "without batching every call is one execution (warm-up included): " + row);
        }
        assertTrue(new ObjectMapper().readTree(comparison.toFile()).get("ceiling").get("rowsPerSecond").asDouble() > 0);
    }

    @Test
    void train_withAMalformedCsv_failsWithOneLineNamingLineAndColumn() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "date,value\n2020-01,10\n2020-02,abc\n");
        int exit = run("train", "forecaster", "--data", csv.toString(), "--horizon", "3", "--repo",
                dir.resolve("repo").toString());

        assertEquals(1, exit);
        String message = errors.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("line 3") && message.contains("abc"), message);
    }

    @Test
    void train_withoutRequiredFlags_isAUsageError() {
        assertEquals(2, run("train", "forecaster", "--horizon", "12"));
        assertTrue(errors.toString().contains("--repo"), errors.toString());
    }

    @Test
    void resume_withNoUnfinishedRun_failsClearly() {
        int exit = run("train", "forecaster", "--quick", "--horizon", "6", "--resume", "--repo",
                dir.resolve("repo").toString(), "--runs", dir.resolve("runs").toString());
        assertEquals(1, exit);
        assertTrue(errors.toString().contains("no unfinished run"), errors.toString());
    }

    @Test
    void evaluate_withAnEmptyRepository_namesTheMissingModel() {
        int exit = run("evaluate", "forecaster", "--repo", dir.toString());
        assertEquals(1, exit);
        assertTrue(errors.toString().contains("sales-forecaster"), errors.toString());
    }
}
