package io.shopml.evaluation.pytorch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One finished external command: its exit code and everything it printed. Output goes through
 * temporary files rather than pipes, so a chatty process can never block on a full pipe.
 */
record ProcessRun(List<String> command, int exitCode, String stdout, String stderr) {

    /**
     * Runs {@code command} to completion.
     *
     * @throws IOException if it cannot be started
     * @throws PyTorchPeerException if it runs longer than {@code timeout} (it is then killed)
     */
    static ProcessRun of(List<String> command, Duration timeout) throws IOException {
        Path stdoutFile = Files.createTempFile("shopml-process", ".out");
        Path stderrFile = Files.createTempFile("shopml-process", ".err");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(stdoutFile.toFile())
                    .redirectError(stderrFile.toFile())
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new PyTorchPeerException("'" + String.join(" ", command) + "' did not finish within " + timeout
                        + " and was stopped");
            }
            return new ProcessRun(List.copyOf(command), process.exitValue(),
                    Files.readString(stdoutFile, StandardCharsets.UTF_8),
                    Files.readString(stderrFile, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PyTorchPeerException("interrupted while waiting for '" + String.join(" ", command) + "'", e);
        } finally {
            Files.deleteIfExists(stdoutFile);
            Files.deleteIfExists(stderrFile);
        }
    }

    /** The last non-blank line of standard error, where Python puts the exception. */
    String lastErrorLine() {
        return stderr.lines().filter(line -> !line.isBlank()).reduce((first, second) -> second).orElse("").strip();
    }

    String commandLine() {
        return String.join(" ", command);
    }
}
