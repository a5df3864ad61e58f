package io.shopml.models.artifact;

import java.nio.file.Path;

/**
 * A model version that cannot be written, found or trusted. The message always starts with
 * {@code <model>/<version>: } and names the file concerned, e.g. {@code sales-forecaster/3: model.zip
 * checksum mismatch (expected 1a2b..., found 9f8e...): the file was modified or truncated}, so a log
 * line alone says which version to look at and what to do.
 */
public class ArtifactException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String model;
    private final String version;

    /**
     * @param model the model name
     * @param version the version number, or a word such as {@code draft} or {@code latest} where there
     *     is no number yet
     * @param detail what is wrong, naming the file concerned
     */
    public ArtifactException(String model, String version, String detail) {
        this(model, version, detail, null);
    }

    /** As {@link #ArtifactException(String, String, String)}, keeping the underlying cause. */
    public ArtifactException(String model, String version, String detail, Throwable cause) {
        super(model + "/" + version + ": " + detail, cause);
        this.model = model;
        this.version = version;
    }

    /** An error about the version folder {@code <repo>/<model>/<version>}, named from the folder itself. */
    static ArtifactException inFolder(Path versionDir, String detail, Throwable cause) {
        Path absolute = versionDir.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        String model = parent == null || parent.getFileName() == null ? "?" : parent.getFileName().toString();
        String version = absolute.getFileName() == null ? "?" : absolute.getFileName().toString();
        return new ArtifactException(model, version, detail, cause);
    }

    /** The model the error is about. */
    public String model() {
        return model;
    }

    /** The version the error is about: a number, or a word such as {@code draft}. */
    public String version() {
        return version;
    }
}
