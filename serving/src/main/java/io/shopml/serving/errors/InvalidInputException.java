package io.shopml.serving.errors;

/**
 * The request itself is wrong (a tensor's name, datatype, shape, value or encoding, a parameter or
 * a requested output): the client must change it, retrying will not help. Sent as
 * {@code INVALID_ARGUMENT}; the message names the tensor and what was expected, e.g.
 * {@code input 'history': FP32 shape [2, 24] needs 48 values, got 47}.
 */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }
}
