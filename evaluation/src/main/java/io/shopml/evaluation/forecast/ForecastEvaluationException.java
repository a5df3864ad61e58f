package io.shopml.evaluation.forecast;

/**
 * A forecaster failed during an evaluation; the message names the model, the series and the
 * forecast origin, so the failing case can be reproduced on its own.
 */
public class ForecastEvaluationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ForecastEvaluationException(String message, Throwable cause) {
        super(message, cause);
    }

    public ForecastEvaluationException(String message) {
        super(message);
    }
}
