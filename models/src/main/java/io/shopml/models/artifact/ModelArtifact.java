package io.shopml.models.artifact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A committed model version whose files match its manifest. Obtain one from {@link
 * ModelRepository#open}, {@link #verifyAndOpen} or {@link VersionDraft#commit}; the framework loader
 * then reads its files through {@link #file}.
 *
 * @param directory the version folder {@code <repo>/<model>/<version>}
 * @param manifest its manifest
 */
public record ModelArtifact(Path directory, Manifest manifest) {

    private static final Logger LOG = LoggerFactory.getLogger(ModelArtifact.class);

    /** Normalises the directory to an absolute path, against which {@link #file} checks escapes. */
    public ModelArtifact {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(manifest, "manifest");
        directory = directory.toAbsolutePath().normalize();
    }

    /**
     * Opens a version folder after checking it completely: the manifest is readable, names this folder's
     * model and version, and every file it lists is present with the listed sha256 (streamed, so large
     * models are fine). Files present but not listed are ignored, with a warning.
     *
     * @throws ArtifactException naming the file on the first problem found
     */
    public static ModelArtifact verifyAndOpen(Path versionDir) {
        Path directory = versionDir.toAbsolutePath().normalize();
        Manifest manifest = ManifestJson.read(directory.resolve(ManifestJson.FILE_NAME));
        requireManifestOfThisFolder(manifest, directory);
        ModelArtifact artifact = new ModelArtifact(directory, manifest);
        for (Map.Entry<String, String> listed : manifest.files().entrySet()) {
            artifact.verifyFile(listed.getKey(), listed.getValue());
        }
        artifact.warnAboutUnlistedFiles();
        return artifact;
    }

    /**
     * A file of this version by its '/'-separated relative path, as listed in the manifest.
     *
     * @throws ArtifactException if the path is not a path or leads outside the version folder
     */
    public Path file(String relativePath) {
        Path resolved;
        try {
            resolved = directory.resolve(relativePath).normalize();
        } catch (InvalidPathException invalid) {
            throw error("'" + relativePath + "' is not a valid file path: " + invalid.getMessage(), invalid);
        }
        if (!resolved.startsWith(directory) || resolved.equals(directory)) {
            throw error("'" + relativePath + "' is not a path inside the version folder " + directory
                    + ": a version's files are relative paths below it", null);
        }
        return resolved;
    }

    private void verifyFile(String relativePath, String expectedSha256) {
        Path path = file(relativePath);
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw error(relativePath + " is listed in manifest.json but missing from " + directory
                    + ": the version is incomplete; restore the file or export the model again", null);
        }
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw error(relativePath + " is not a regular file (a link or a folder): a version holds regular files only",
                    null);
        }
        String actualSha256;
        long size;
        try {
            actualSha256 = Sha256.of(path);
            size = Files.size(path);
        } catch (IOException unreadable) {
            throw error(relativePath + " could not be read: " + unreadable, unreadable);
        }
        if (!actualSha256.equalsIgnoreCase(expectedSha256)) {
            throw error(relativePath + " checksum mismatch (expected sha256 " + expectedSha256 + ", found "
                    + actualSha256 + " over " + size + " bytes): the file was modified or truncated;"
                    + " restore it or export the model again", null);
        }
    }

    private void warnAboutUnlistedFiles() {
        try {
            for (String present : ArtifactFiles.entries(directory).keySet()) {
                if (!present.equals(ManifestJson.FILE_NAME) && !manifest.files().containsKey(present)) {
                    LOG.warn("{}/{}: {} is not listed in manifest.json; ignored", manifest.name(), manifest.version(),
                            present);
                }
            }
        } catch (IOException unlistable) {
            LOG.warn("{}/{}: could not look for unlisted files in {}: {}", manifest.name(), manifest.version(),
                    directory, unlistable.toString());
        }
    }

    private static void requireManifestOfThisFolder(Manifest manifest, Path directory) {
        String folderVersion = directory.getFileName().toString();
        Path modelDir = directory.getParent();
        String folderModel = modelDir == null || modelDir.getFileName() == null ? "" : modelDir.getFileName().toString();
        if (!folderModel.equals(manifest.name()) || !folderVersion.equals(Integer.toString(manifest.version()))) {
            throw ArtifactException.inFolder(directory, "manifest.json describes " + manifest.name() + "/"
                    + manifest.version() + ", not the folder it is in: the folder was renamed or copied by hand;"
                    + " move it back, or export the model again", null);
        }
    }

    private ArtifactException error(String detail, Throwable cause) {
        return new ArtifactException(manifest.name(), Integer.toString(manifest.version()), detail, cause);
    }
}
