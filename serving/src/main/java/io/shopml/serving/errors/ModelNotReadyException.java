package io.shopml.serving.errors;

/**
 * The model exists but cannot answer now (its latest version failed to load, or the server is
 * draining). Sent as {@code UNAVAILABLE}: the request may succeed later or elsewhere.
 */
public final class ModelNotReadyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModelNotReadyException(String message) {
        super(message);
    }
}
