package io.shopml.models.artifact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model version being written. Its files go to a private staging folder inside the repository
 * ({@code <root>/.staging/<model>-<uuid>/}), which {@link #commit} renames into place in one atomic
 * step on the same file system, so readers see either the whole version or nothing. Closing a draft
 * that was not committed deletes it.
 *
 * <p>Several writers may commit versions of one model at the same time, from threads or processes:
 * each gets its own number.
 */
public final class VersionDraft implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VersionDraft.class);
    private static final String DRAFT = "draft";
    /** Each failed attempt means another writer committed meanwhile; this many in a row is not a race. */
    private static final int MAX_COMMIT_ATTEMPTS = 100;

    private final ModelRepository repository;
    private final String model;
    private final Path directory;
    private ModelArtifact committed;
    private boolean closed;

    VersionDraft(ModelRepository repository, String model) {
        this.repository = repository;
        this.model = model;
        this.directory = repository.root().resolve(ModelRepository.STAGING_FOLDER)
                .resolve(model + "-" + UUID.randomUUID());
        try {
            Files.createDirectories(directory);
        } catch (IOException failed) {
            throw new ArtifactException(model, DRAFT, "staging folder " + directory + " could not be created: "
                    + failed, failed);
        }
    }

    /** The folder to write the framework's files into (subfolders allowed). */
    public Path directory() {
        return directory;
    }

    /**
     * Publishes the draft as the model's next version: lists the sha256 of every file in the draft,
     * fills the template's name, version, files and (if {@code null}) creation time, writes and fsyncs
     * {@code manifest.json} and the files, then renames the draft into {@code <root>/<model>/<version>}.
     * If another writer took that number meanwhile, it takes the next one.
     *
     * @param template the manifest without name, version and files (those it has are replaced; a name,
     *     if present, must be this draft's model)
     * @return the committed version
     * @throws ArtifactException if the draft holds no file, holds something else than regular files, or
     *     cannot be written or moved
     * @throws IllegalStateException if the draft was already committed or closed
     */
    public synchronized ModelArtifact commit(Manifest template) {
        Objects.requireNonNull(template, "template");
        requireOpen();
        if (template.name() != null && !template.name().equals(model)) {
            throw new ArtifactException(model, DRAFT, "the manifest template names model '" + template.name()
                    + "', but this draft is for '" + model + "'");
        }
        Instant createdAt = template.createdAt() != null
                ? template.createdAt()
                : Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Manifest unnumbered = template.withName(model).withFiles(checksumsOfDurableFiles()).withCreatedAt(createdAt);
        Path modelFolder = createModelFolder();
        int version = nextVersion(0);
        for (int attempt = 1; attempt <= MAX_COMMIT_ATTEMPTS; attempt++) {
            Manifest manifest = unnumbered.withVersion(version);
            writeManifest(manifest);
            Path target = modelFolder.resolve(Integer.toString(version));
            if (moveTo(target, version)) {
                ArtifactFiles.fsyncDirectory(modelFolder);
                committed = new ModelArtifact(target, manifest);
                LOG.info("{}/{}: committed {} files to {}", model, version, manifest.files().size(), target);
                return committed;
            }
            LOG.debug("{}/{}: taken by another writer meanwhile, trying the next number", model, version);
            version = nextVersion(version);
        }
        throw new ArtifactException(model, DRAFT, "no free version number after " + MAX_COMMIT_ATTEMPTS
                + " attempts in " + modelFolder + ": too many concurrent writers; the draft is left uncommitted");
    }

    /** Deletes the draft unless it was committed; a no-op when called again. */
    @Override
    public synchronized void close() {
        if (committed != null || closed) {
            return;
        }
        closed = true;
        try {
            if (Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
                ArtifactFiles.deleteTree(directory);
            }
        } catch (IOException failed) {
            LOG.warn("{}/{}: staging folder {} could not be deleted ({}); readers ignore it, delete it by hand",
                    model, DRAFT, directory, failed.toString());
        }
    }

    private void requireOpen() {
        if (committed != null) {
            throw new IllegalStateException(model + "/" + DRAFT + ": already committed as " + committed.directory());
        }
        if (closed) {
            throw new IllegalStateException(model + "/" + DRAFT + ": closed without commit, its files are deleted");
        }
    }

    /** The sha256 of every file but the manifest, each fsynced so the rename publishes durable content. */
    private SortedMap<String, String> checksumsOfDurableFiles() {
        SortedMap<String, String> checksums = new TreeMap<>();
        Set<Path> folders = new HashSet<>();
        try {
            for (Map.Entry<String, Path> entry : ArtifactFiles.entries(directory).entrySet()) {
                String name = entry.getKey();
                Path file = entry.getValue();
                if (name.equals(ManifestJson.FILE_NAME)) {
                    continue;
                }
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    throw new ArtifactException(model, DRAFT, name + " in " + directory
                            + " is a link or special file: a version holds regular files only");
                }
                ArtifactFiles.fsync(file);
                folders.add(file.getParent());
                checksums.put(name, Sha256.of(file));
            }
            folders.forEach(ArtifactFiles::fsyncDirectory);
        } catch (IOException unreadable) {
            throw new ArtifactException(model, DRAFT, "files in " + directory + " could not be read: " + unreadable,
                    unreadable);
        }
        if (checksums.isEmpty()) {
            throw new ArtifactException(model, DRAFT, "the draft " + directory
                    + " holds no file besides manifest.json: write the model's files into directory() first");
        }
        return checksums;
    }

    private Path createModelFolder() {
        Path modelFolder = repository.root().resolve(model);
        try {
            Files.createDirectories(modelFolder);
        } catch (IOException failed) {
            throw new ArtifactException(model, DRAFT, "model folder " + modelFolder + " could not be created: "
                    + failed, failed);
        }
        return modelFolder;
    }

    private int nextVersion(int lastTried) {
        return Math.max(lastTried, repository.latestVersion(model).orElse(0)) + 1;
    }

    private void writeManifest(Manifest manifest) {
        Path file = directory.resolve(ManifestJson.FILE_NAME);
        ManifestJson.write(manifest, file);
        try {
            ArtifactFiles.fsync(file);
        } catch (IOException failed) {
            throw new ArtifactException(model, Integer.toString(manifest.version()), ManifestJson.FILE_NAME
                    + " in " + directory + " could not be flushed to disk: " + failed, failed);
        }
        ArtifactFiles.fsyncDirectory(directory);
    }

    /** Renames the draft to {@code target}; false if another writer holds that version already. */
    private boolean moveTo(Path target, int version) {
        try {
            Files.move(directory, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException failed) {
            // Linux rename(2) reports an existing non-empty folder as ENOTEMPTY or EEXIST; both mean "taken".
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            throw new ArtifactException(model, Integer.toString(version), "staging folder " + directory
                    + " could not be renamed to " + target + ": " + failed, failed);
        }
    }
}
