package io.shopml.models.artifact;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A model repository on disk, Triton style: {@code <root>/<model>/<version>/} with positive integer
 * versions, each holding {@code manifest.json} and the framework's files. Anything else (hidden folders,
 * the {@code .staging} folder of unfinished drafts, non-numeric folders) is ignored, so a reader never
 * sees half a version.
 *
 * <pre>{@code
 * ModelRepository repository = new ModelRepository(Path.of("models-repo"));
 * ModelArtifact latest = repository.openLatest("sales-forecaster");
 * }</pre>
 */
public final class ModelRepository {

    /** The folder under the root where drafts are written before they are renamed into place. */
    static final String STAGING_FOLDER = ".staging";

    private static final Pattern MODEL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern VERSION_FOLDER = Pattern.compile("[1-9][0-9]{0,8}");

    private final Path root;

    /** A repository rooted at {@code root}; the folder is created by the first commit if absent. */
    public ModelRepository(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The repository root, absolute. */
    public Path root() {
        return root;
    }

    /** The models that have at least one version folder, sorted by name. */
    public List<String> modelNames() {
        List<String> names = new ArrayList<>();
        for (Path folder : subfolders(root, "*", "*")) {
            String name = folder.getFileName().toString();
            if (MODEL_NAME.matcher(name).matches() && !versions(name).isEmpty()) {
                names.add(name);
            }
        }
        Collections.sort(names);
        return names;
    }

    /** The version numbers of a model, ascending; empty if the model does not exist. */
    public List<Integer> versions(String model) {
        requireValidName(model);
        List<Integer> versions = new ArrayList<>();
        for (Path folder : subfolders(root.resolve(model), model, "*")) {
            String name = folder.getFileName().toString();
            if (VERSION_FOLDER.matcher(name).matches()) {
                versions.add(Integer.parseInt(name));
            }
        }
        Collections.sort(versions);
        return versions;
    }

    /** The highest version number of a model, if it has any. */
    public OptionalInt latestVersion(String model) {
        List<Integer> versions = versions(model);
        return versions.isEmpty() ? OptionalInt.empty() : OptionalInt.of(versions.get(versions.size() - 1));
    }

    /** Where a version lives, whether or not it exists. */
    public Path versionDir(String model, int version) {
        requireValidName(model);
        if (version < 1) {
            throw new IllegalArgumentException("version " + version + " of " + model + ": versions start at 1");
        }
        return root.resolve(model).resolve(Integer.toString(version));
    }

    /**
     * Starts a new version of {@code model}: write the framework's files into the draft's directory,
     * then {@link VersionDraft#commit commit} it. Use it in try-with-resources so an aborted export
     * leaves nothing behind.
     *
     * @throws IllegalArgumentException if the name is not a letter or digit followed by letters, digits,
     *     '.', '_' or '-'
     */
    public VersionDraft newDraft(String model) {
        requireValidName(model);
        return new VersionDraft(this, model);
    }

    /**
     * Opens and verifies one version.
     *
     * @throws ArtifactException if the version does not exist (naming the versions that do) or fails
     *     verification
     */
    public ModelArtifact open(String model, int version) {
        Path directory = versionDir(model, version);
        if (!Files.isDirectory(directory)) {
            List<Integer> available = versions(model);
            throw new ArtifactException(model, Integer.toString(version), "no such version: " + directory
                    + " does not exist; " + (available.isEmpty()
                            ? "the repository " + root + " has no version of " + model
                            : "available versions: " + available));
        }
        return ModelArtifact.verifyAndOpen(directory);
    }

    /**
     * Opens and verifies the highest version.
     *
     * @throws ArtifactException if the model has no version or its highest version fails verification
     */
    public ModelArtifact openLatest(String model) {
        OptionalInt latest = latestVersion(model);
        if (latest.isEmpty()) {
            throw new ArtifactException(model, "latest", "no version found: " + root.resolve(model)
                    + " holds no numeric version folder; models in " + root + ": " + modelNames());
        }
        return open(model, latest.getAsInt());
    }

    static void requireValidName(String model) {
        if (model == null || !MODEL_NAME.matcher(model).matches()) {
            throw new IllegalArgumentException("model name '" + model + "' is not valid: expected a letter or digit"
                    + " followed by letters, digits, '.', '_' or '-'");
        }
    }

    private static List<Path> subfolders(Path folder, String model, String version) {
        List<Path> subfolders = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(folder, Files::isDirectory)) {
            children.forEach(subfolders::add);
        } catch (NoSuchFileException | NotDirectoryException absent) {
            return List.of();
        } catch (IOException unlistable) {
            throw new ArtifactException(model, version, "folder " + folder + " could not be listed: " + unlistable,
                    unlistable);
        }
        return subfolders;
    }
}
