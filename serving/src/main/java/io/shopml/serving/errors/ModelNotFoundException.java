package io.shopml.serving.errors;

/**
 * The request names a model or version this server does not have. Sent as {@code NOT_FOUND}; the
 * message lists what the server does serve, so the client can correct the name.
 */
public final class ModelNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModelNotFoundException(String message) {
        super(message);
    }
}
