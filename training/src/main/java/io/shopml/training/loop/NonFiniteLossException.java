package io.shopml.training.loop;

/**
 * The training loss became NaN or infinite. The run's last checkpoint (if any) is intact, so a
 * trainer may resume from it.
 */
public class NonFiniteLossException extends TrainingException {

    public NonFiniteLossException(String message) {
        super(message);
    }
}
