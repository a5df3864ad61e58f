package io.shopml.evaluation.baselines;

/**
 * The smoothing weights of one Holt-Winters fit, in the error-correction form of Hyndman et
 * al. (2008): {@code alpha} for the level, {@code beta} for the slope (the textbook
 * {@code beta*}, applied to the change in level), {@code gamma} for the seasonal terms (applied
 * to the seasonal part of the one-step error, so {@code 0 < gamma < 1 - alpha}), and the
 * trend damping {@code phi} (1 for an undamped trend).
 */
record SmoothingParameters(double alpha, double beta, double gamma, double phi) {

    /** {@code phi + phi^2 + ... + phi^h}: how far the slope carries after {@code h} steps. */
    double dampedSteps(int h) {
        double sum = 0;
        double power = 1;
        for (int i = 1; i <= h; i++) {
            power *= phi;
            sum += power;
        }
        return sum;
    }
}
