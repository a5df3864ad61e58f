package io.shopml.datasets;

/**
 * Thrown when data cannot be read, cleaned or split as asked.
 *
 * <p>The message always names what was wrong and where: the source and line of a bad CSV cell,
 * the series and date of a problem, or the sizes that did not fit, so that a CLI can print it as
 * its one-line error without a stack trace.
 */
public class DatasetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
