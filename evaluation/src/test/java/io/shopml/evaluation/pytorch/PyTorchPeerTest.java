package io.shopml.evaluation.pytorch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shopml.evaluation.bench.LstmBenchSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PyTorchPeerTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    /** Tiny enough to train in about a second. */
    private static final LstmBenchSettings TINY = new LstmBenchSettings(4, 6, 2, 8, 1, 4, 3, 1, 1);

    @Test
    void command_runsTheScriptWithEverySettingAsAFlag() {
        PyTorchPeer peer = new PyTorchPeer(Path.of("/usr/bin/python3"), TIMEOUT);

        List<String> command = peer.command(Path.of("/tmp/lstm_train_bench.py"), LstmBenchSettings.reference(2));

        assertEquals(List.of("/usr/bin/python3", "/tmp/lstm_train_bench.py", "--features", "4", "--window", "24",
                "--horizon", "12", "--units", "64", "--layers", "1", "--batch", "256", "--steps", "48",
                "--warmup", "5", "--threads", "2"), command);
    }

    @Test
    void run_isEmpty_andSaysWhy_whenThereIsNoInterpreter(@TempDir Path dir) {
        PyTorchPeer peer = new PyTorchPeer(dir.resolve("python3"), TIMEOUT);

        assertTrue(peer.unavailableReason().orElseThrow().startsWith("no Python interpreter at " + dir));
        assertEquals(Optional.empty(), peer.run(TINY));
    }

    @Test
    void unavailableReason_quotesTheImportError_whenTorchIsMissing(@TempDir Path dir) throws IOException {
        Path python = fakeInterpreter(dir, "echo \"ModuleNotFoundError: No module named 'torch'\" >&2; exit 1");

        String reason = new PyTorchPeer(python, TIMEOUT).unavailableReason().orElseThrow();

        assertTrue(reason.contains("exit code 1: ModuleNotFoundError: No module named 'torch'"), reason);
        assertTrue(reason.contains("apt-get install -y --no-install-recommends python3-torch"), reason);
    }

    @Test
    void run_readsTheScriptsJsonLine(@TempDir Path dir) throws IOException {
        Path python = fakeInterpreter(dir, "[ \"$1\" = -c ] && exit 0\n"
                + "echo '{\"framework\": \"pytorch\", \"torch\": \"1.13.0\", \"steps\": 48, \"seconds\": 16.0,"
                + " \"steps_per_s\": 3.0, \"threads\": 2}'");

        PyTorchBenchResult result = new PyTorchPeer(python, TIMEOUT).run(TINY).orElseThrow();

        assertEquals("1.13.0", result.torchVersion());
        assertEquals(48, result.steps());
        assertEquals(16.0, result.seconds(), 0);
        assertEquals(3.0, result.stepsPerSecond(), 0);
        assertEquals(2, result.json().get("threads").asInt());
    }

    @Test
    void run_failsNamingTheOutput_whenTheScriptPrintsNoJson(@TempDir Path dir) throws IOException {
        Path python = fakeInterpreter(dir, "[ \"$1\" = -c ] && exit 0\necho 'Segmentation fault'");

        PyTorchPeerException error = assertThrows(PyTorchPeerException.class,
                () -> new PyTorchPeer(python, TIMEOUT).run(TINY));

        assertTrue(error.getMessage().contains("no JSON result line; its output was: 'Segmentation fault'"),
                error.getMessage());
    }

    @Test
    void run_trainsThePyTorchTwin_whenTorchIsInstalled() {
        PyTorchPeer peer = PyTorchPeer.debianPython();
        Optional<String> unavailable = peer.unavailableReason();
        Assumptions.assumeTrue(unavailable.isEmpty(), () -> "PyTorch peer not available: " + unavailable.orElse(""));

        PyTorchBenchResult result = peer.run(TINY).orElseThrow();

        assertTrue(result.stepsPerSecond() > 0, "steps/s " + result.stepsPerSecond());
        assertEquals(3, result.steps());
        assertEquals("pytorch", result.json().get("framework").asText());
        assertEquals(8, result.json().get("units").asInt());
    }

    /** An executable shell script standing in for python3. */
    private static Path fakeInterpreter(Path dir, String body) throws IOException {
        Path script = dir.resolve("python3");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
