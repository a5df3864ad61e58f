package io.shopml.evaluation.baselines;

/**
 * Fits a Holt-Winters form to one history by minimising the in-sample sum of squared one-step
 * errors over the smoothing parameters.
 *
 * <p>Bounds: {@code alpha}, {@code beta} in (0, 1); {@code gamma} in (0, 1 - alpha); {@code phi}
 * in [0.80, 0.98] when damped (the range of Hyndman and Athanasopoulos; nearer 1 a damped trend
 * is indistinguishable from an undamped one). Each parameter is a logistic function of an
 * unconstrained coordinate, so Nelder-Mead never leaves the bounds. The search starts from the
 * best point of a coarse grid (each bounded coordinate at 10%, 50%, 90% of its range), which
 * keeps it out of the poor local minima a single fixed start can fall into.
 */
final class HoltWintersFitter {

    private static final double MIN_WEIGHT = 1e-4;
    private static final double MAX_WEIGHT = 1 - 1e-4;
    private static final double MIN_PHI = 0.80;
    private static final double MAX_PHI = 0.98;
    private static final double[] GRID = {0.1, 0.5, 0.9};
    private static final NelderMead OPTIMISER = new NelderMead(600, 1e-10);

    private HoltWintersFitter() {
    }

    /** The best fit of {@code form} to {@code values}; its SSE is infinite when no parameters work. */
    static HoltWintersFit fit(double[] values, int season, HoltWintersForm form) {
        HoltWintersState initial = HoltWintersState.initialise(values, season, form.seasonality());
        double[] best = OPTIMISER.minimise(
                coordinates -> sse(values, initial, parameters(coordinates, form)),
                bestGridPoint(values, initial, form), 1.0);
        SmoothingParameters parameters = parameters(best, form);
        HoltWintersState state = initial.copy();
        double sse = filter(values, state, parameters);
        return new HoltWintersFit(form, parameters, state, sse, values.length);
    }

    private static double[] bestGridPoint(double[] values, HoltWintersState initial, HoltWintersForm form) {
        int dimension = form.parameterCount();
        double[] best = null;
        double bestSse = Double.POSITIVE_INFINITY;
        int points = (int) Math.pow(GRID.length, dimension);
        for (int index = 0; index < points; index++) {
            double[] coordinates = new double[dimension];
            int rest = index;
            for (int d = 0; d < dimension; d++) {
                coordinates[d] = logit(GRID[rest % GRID.length]);
                rest /= GRID.length;
            }
            double sse = sse(values, initial, parameters(coordinates, form));
            if (best == null || sse < bestSse) {
                best = coordinates;
                bestSse = sse;
            }
        }
        return best;
    }

    /** Maps unconstrained coordinates (alpha, beta, gamma share, [phi]) onto bounded parameters. */
    static SmoothingParameters parameters(double[] coordinates, HoltWintersForm form) {
        double alpha = between(MIN_WEIGHT, MAX_WEIGHT, coordinates[0]);
        double beta = between(MIN_WEIGHT, MAX_WEIGHT, coordinates[1]);
        double gamma = (1 - alpha) * between(MIN_WEIGHT, MAX_WEIGHT, coordinates[2]);
        double phi = form.damped() ? between(MIN_PHI, MAX_PHI, coordinates[3]) : 1;
        return new SmoothingParameters(alpha, beta, gamma, phi);
    }

    private static double sse(double[] values, HoltWintersState initial, SmoothingParameters parameters) {
        return filter(values, initial.copy(), parameters);
    }

    /** Runs {@code state} through {@code values}, returning the one-step SSE (infinite if it breaks down). */
    private static double filter(double[] values, HoltWintersState state, SmoothingParameters parameters) {
        double sse = 0;
        for (double value : values) {
            if (!state.isUsable(parameters.phi())) {
                return Double.POSITIVE_INFINITY;
            }
            double error = value - state.nextForecast(parameters.phi());
            sse += error * error;
            state.observe(value, parameters);
        }
        return Double.isFinite(sse) ? sse : Double.POSITIVE_INFINITY;
    }

    private static double between(double low, double high, double coordinate) {
        return low + (high - low) / (1 + Math.exp(-coordinate));
    }

    private static double logit(double share) {
        return Math.log(share / (1 - share));
    }
}
