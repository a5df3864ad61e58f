package io.shopml.evaluation.pytorch;

/**
 * The PyTorch peer script could not be run or did not report a result; the message holds the
 * command and what it printed, so the run can be repeated by hand.
 */
public class PyTorchPeerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PyTorchPeerException(String message) {
        super(message);
    }

    public PyTorchPeerException(String message, Throwable cause) {
        super(message, cause);
    }
}
