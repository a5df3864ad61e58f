package io.shopml.serving.errors;

/**
 * A model's request queue is full: the server is overloaded for that model right now. Sent as
 * {@code RESOURCE_EXHAUSTED} at once, so the client can back off or go elsewhere instead of
 * waiting behind a queue that will not drain in time.
 */
public final class QueueFullException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public QueueFullException(String message) {
        super(message);
    }
}
