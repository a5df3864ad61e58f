package io.shopml.training.loop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;

/**
 * One training run on disk: {@code state.json}, {@code config.json}, {@code metrics.jsonl} and
 * {@code checkpoints/epoch-N/}. Checkpoints are written before the state that points at them,
 * and the state is replaced atomically, so a run killed at any moment resumes from its last
 * complete epoch. Only the last and the best checkpoints are kept.
 */
public final class RunDirectory {

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private static final String STATE = "state.json";
    private final Path directory;

    public RunDirectory(Path directory) {
        this.directory = directory;
    }

    /** A new run folder {@code <runsRoot>/<model>/<timestamp>}. */
    public static RunDirectory create(Path runsRoot, String model) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        Path dir = runsRoot.resolve(model).resolve(stamp);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create run directory " + dir, e);
        }
        return new RunDirectory(dir);
    }

    /** The most recent run of {@code model} that has a checkpoint and did not finish. */
    public static Optional<RunDirectory> latestUnfinished(Path runsRoot, String model) {
        Path modelRuns = runsRoot.resolve(model);
        if (!Files.isDirectory(modelRuns)) {
            return Optional.empty();
        }
        try (Stream<Path> runs = Files.list(modelRuns)) {
            return runs.filter(Files::isDirectory)
                    .sorted(Comparator.comparing(Path::getFileName).reversed())
                    .map(RunDirectory::new)
                    .filter(run -> run.readState().map(s -> !s.finished() && s.lastCheckpoint() != null).orElse(false))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list runs in " + modelRuns, e);
        }
    }

    public Path path() {
        return directory;
    }

    public Path metricsLog() {
        return directory.resolve("metrics.jsonl");
    }

    public Path checkpoint(String name) {
        return directory.resolve("checkpoints").resolve(name);
    }

    public Optional<RunState> readState() {
        Path file = directory.resolve(STATE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), RunState.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read run state " + file, e);
        }
    }

    void writeState(RunState state) {
        writeJsonAtomically(STATE, state);
    }

    /** Writes any JSON document into the run (e.g. the trainer's configuration). */
    public void writeJson(String fileName, Object value) {
        writeJsonAtomically(fileName, value);
    }

    public <T> Optional<T> readJson(String fileName, Class<T> type) {
        Path file = directory.resolve(fileName);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), type));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    Path newCheckpointDirectory(int epoch) {
        Path dir = checkpoint("epoch-" + epoch);
        try {
            deleteRecursively(dir);
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create checkpoint " + dir, e);
        }
        return dir;
    }

    /** Deletes every checkpoint but the named ones. */
    void pruneCheckpoints(Set<String> keep) {
        Path root = directory.resolve("checkpoints");
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.toList()) {
                if (!keep.contains(dir.getFileName().toString())) {
                    deleteRecursively(dir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prune checkpoints in " + root, e);
        }
    }

    private void writeJsonAtomically(String fileName, Object value) {
        Path target = directory.resolve(fileName);
        Path temp = directory.resolve(fileName + ".tmp");
        try {
            JSON.writeValue(temp.toFile(), value);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            PathUtils.deleteDirectory(dir);
        }
    }
}
