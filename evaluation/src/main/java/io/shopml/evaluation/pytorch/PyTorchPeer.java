package io.shopml.evaluation.pytorch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shopml.evaluation.bench.LstmBenchSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the PyTorch twins of shopml networks ({@code lstm_train_bench.py} for the LSTM forecaster,
 * {@code bert_train_bench.py} for the sentiment BERT) and reads their one-line JSON result: the
 * reference side of {@code shopml bench train <model>}.
 *
 * <p>The script ships inside this jar (Maven copies {@code evaluation/pytorch/} onto the
 * classpath) and is written to a temporary file for each run. The interpreter is Debian's
 * {@code /usr/bin/python3} with {@code python3-torch}, not whatever {@code python3} is first on
 * the PATH. Where PyTorch cannot be imported, {@link #run} returns empty and logs why, so a
 * benchmark can still report its own side.
 *
 * <pre>{@code
 * PyTorchPeer peer = PyTorchPeer.debianPython();
 * Optional<PyTorchBenchResult> result = peer.run(LstmBenchSettings.reference(2));
 * }</pre>
 */
public final class PyTorchPeer {

    /** Debian's interpreter, the one {@code apt-get install python3-torch} installs PyTorch for. */
    public static final Path DEBIAN_PYTHON = Path.of("/usr/bin/python3");
    /** Default limit for one benchmark run: the reference settings take well under a minute on 2 cores. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

    static final String SCRIPT_RESOURCE = "/io/shopml/evaluation/pytorch/lstm_train_bench.py";
    private static final String SCRIPT_FOLDER = "/io/shopml/evaluation/pytorch/";
    private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(2);
    private static final String INSTALL_HINT = "install it with: apt-get install -y --no-install-recommends python3-torch";
    private static final Logger LOG = LoggerFactory.getLogger(PyTorchPeer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path python;
    private final Duration timeout;
    private Optional<String> unavailableReason;

    /**
     * @param python  the interpreter to run the script with
     * @param timeout how long one benchmark run may take before it is stopped
     */
    public PyTorchPeer(Path python, Duration timeout) {
        this.python = python;
        this.timeout = timeout;
    }

    /** {@link #DEBIAN_PYTHON} with {@link #DEFAULT_TIMEOUT}. */
    public static PyTorchPeer debianPython() {
        return new PyTorchPeer(DEBIAN_PYTHON, DEFAULT_TIMEOUT);
    }

    /**
     * Why the peer cannot run here (no interpreter, or {@code import torch} fails); empty when it
     * can. Checked on the first call only: importing torch takes seconds.
     */
    public synchronized Optional<String> unavailableReason() {
        if (unavailableReason == null) {
            unavailableReason = checkAvailability();
        }
        return unavailableReason;
    }

    private Optional<String> checkAvailability() {
        if (!Files.isExecutable(python)) {
            return Optional.of("no Python interpreter at " + python + "; " + INSTALL_HINT);
        }
        ProcessRun check;
        try {
            check = ProcessRun.of(List.of(python.toString(), "-c", "import torch"), IMPORT_TIMEOUT);
        } catch (IOException | PyTorchPeerException e) {
            return Optional.of("cannot run " + python + ": " + e.getMessage());
        }
        if (check.exitCode() != 0) {
            return Optional.of("'" + python + " -c \"import torch\"' failed with exit code " + check.exitCode() + ": "
                    + check.lastErrorLine() + "; " + INSTALL_HINT);
        }
        return Optional.empty();
    }

    /**
     * Trains the PyTorch twin with {@code settings} and returns what it measured; empty (with a
     * WARN saying why) when PyTorch is not available.
     *
     * @throws PyTorchPeerException if the script fails, times out, or prints no valid result line
     */
    public Optional<PyTorchBenchResult> run(LstmBenchSettings settings) {
        return run(SCRIPT_RESOURCE, settings.pythonArguments());
    }

    /**
     * Runs another twin from {@code evaluation/pytorch/}, e.g. {@code bert_train_bench.py}, with
     * {@code arguments}; it must print the same one-line JSON result. Empty when PyTorch is not available.
     *
     * @throws PyTorchPeerException if the script fails, times out, or prints no valid result line
     */
    public Optional<PyTorchBenchResult> run(String scriptName, List<String> arguments) {
        String resource = scriptName.startsWith("/") ? scriptName : SCRIPT_FOLDER + scriptName;
        Optional<String> unavailable = unavailableReason();
        if (unavailable.isPresent()) {
            LOG.warn("PyTorch peer skipped: {}", unavailable.get());
            return Optional.empty();
        }
        Path script = extractScript(resource);
        try {
            List<String> command = new ArrayList<>(List.of(python.toString(), script.toString()));
            command.addAll(arguments);
            ProcessRun run = ProcessRun.of(command, timeout);
            if (run.exitCode() != 0) {
                throw new PyTorchPeerException("'" + run.commandLine() + "' failed with exit code " + run.exitCode()
                        + ": " + run.lastErrorLine());
            }
            PyTorchBenchResult result = parse(run);
            LOG.info("PyTorch {} peer: {} steps in {} s, {} steps/s", result.torchVersion(), result.steps(),
                    result.seconds(), result.stepsPerSecond());
            return Optional.of(result);
        } catch (IOException e) {
            throw new PyTorchPeerException("cannot start " + python + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(script);
        }
    }

    /** The command line that runs {@code script} with {@code settings} as flags. */
    public List<String> command(Path script, LstmBenchSettings settings) {
        List<String> command = new ArrayList<>();
        command.add(python.toString());
        command.add(script.toString());
        command.addAll(settings.pythonArguments());
        return command;
    }

    /** Reads the last line of standard output, which the script prints as one JSON object. */
    static PyTorchBenchResult parse(ProcessRun run) {
        String line = run.stdout().lines().filter(l -> !l.isBlank()).reduce((first, second) -> second).orElse("");
        try {
            JsonNode json = JSON.readTree(line);
            if (!json.isObject()) {
                throw new PyTorchPeerException(noResultLine(run));
            }
            return new PyTorchBenchResult(required(json, "torch", run).asText(), required(json, "steps", run).asInt(),
                    required(json, "seconds", run).asDouble(), required(json, "steps_per_s", run).asDouble(), json);
        } catch (JsonProcessingException e) {
            throw new PyTorchPeerException(noResultLine(run), e);
        }
    }

    private static String noResultLine(ProcessRun run) {
        return "'" + run.commandLine() + "' printed no JSON result line; its output was: '" + run.stdout().strip() + "'";
    }

    private static JsonNode required(JsonNode json, String field, ProcessRun run) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            throw new PyTorchPeerException("'" + run.commandLine() + "' printed a result without '" + field + "': "
                    + run.stdout().strip());
        }
        return value;
    }

    private static Path extractScript(String resource) {
        try (InputStream script = PyTorchPeer.class.getResourceAsStream(resource)) {
            if (script == null) {
                throw new IllegalStateException(resource + " is not on the classpath: build the evaluation"
                        + " module with Maven, which copies evaluation/pytorch/ into its jar");
            }
            Path file = Files.createTempFile("shopml-peer", ".py");
            Files.copy(script, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract " + resource + " to a temporary file", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("could not delete {}", file, e);
        }
    }
}
