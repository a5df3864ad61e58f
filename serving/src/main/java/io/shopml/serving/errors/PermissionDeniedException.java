package io.shopml.serving.errors;

/**
 * The caller is authenticated but its token does not allow this model (or the admin API). Sent as
 * {@code PERMISSION_DENIED}; the message names the model, never the token.
 */
public final class PermissionDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String message) {
        super(message);
    }
}
