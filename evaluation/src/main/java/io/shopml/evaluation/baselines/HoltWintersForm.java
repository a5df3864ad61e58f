package io.shopml.evaluation.baselines;

/**
 * One Holt-Winters model form: the kind of seasonality and whether the trend is damped.
 *
 * @param seasonality additive or multiplicative seasonal terms
 * @param damped whether the trend's slope decays by a fitted factor {@code phi} per step
 */
record HoltWintersForm(Seasonality seasonality, boolean damped) {

    /** Smoothing parameters fitted for this form: alpha, beta, gamma, and phi when damped. */
    int parameterCount() {
        return damped ? 4 : 3;
    }

    String label() {
        return seasonality.label() + (damped ? "-damped" : "");
    }
}
