package io.shopml.serving.batching;

/**
 * The version stopped taking requests (it is being unloaded) between routing and submitting; the
 * caller routes again and reaches the version that replaced it.
 */
public final class VersionRetiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public VersionRetiredException(String message) {
        super(message);
    }
}
