package io.shopml.training.loop;

/** Training cannot go on; the message says why and what to try. */
public class TrainingException extends RuntimeException {

    public TrainingException(String message) {
        super(message);
    }
}
