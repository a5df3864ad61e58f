package io.shopml.evaluation.baselines;

import io.shopml.datasets.cleaning.OutlierDetector;
import io.shopml.evaluation.forecast.ForecastResult;
import java.util.Arrays;
import java.util.Random;

/**
 * A fitted Holt-Winters model: its form, parameters, the state after the last observed value
 * and the in-sample one-step SSE. Forecasts carry a 95% prediction interval for the additive
 * error model ETS(A,A[d],A) or ETS(A,A[d],M) with {@code sigma^2 = SSE / n}.
 *
 * <p>Additive seasonality has the closed-form variance of Hyndman et al. (2008, table 6.1):
 * {@code sigma^2 * (1 + sum_{j<h} c_j^2)} with
 * {@code c_j = alpha + alpha*beta*(phi + ... + phi^j) + gamma*[j mod m == 0]}. Multiplicative
 * seasonality has none, so its interval holds the 2.5% and 97.5% quantiles of
 * {@value #SIMULATED_PATHS} simulated future paths (fixed seed: the same history always gives
 * the same interval).
 */
record HoltWintersFit(HoltWintersForm form, SmoothingParameters parameters, HoltWintersState state, double sse,
                      int observations) {

    static final int SIMULATED_PATHS = 1000;
    private static final double Z_95 = 1.959963984540054;
    private static final long SIMULATION_SEED = 20_240_601L;

    /**
     * Akaike's criterion up to a constant shared by every form with the same season (the
     * {@code m + 1} initial states are not fitted): {@code n * ln(SSE / n) + 2 * parameters}.
     */
    double aic() {
        double meanSquare = Math.max(sse / observations, Double.MIN_NORMAL);
        return observations * Math.log(meanSquare) + 2 * form.parameterCount();
    }

    boolean isUsable() {
        return Double.isFinite(sse);
    }

    ForecastResult forecast(int horizon) {
        double[] point = state.forecast(horizon, parameters);
        double sigma = Math.sqrt(sse / observations);
        return form.seasonality() == Seasonality.ADDITIVE
                ? closedFormInterval(point, sigma)
                : simulatedInterval(point, sigma);
    }

    private ForecastResult closedFormInterval(double[] point, double sigma) {
        double[] lower = new double[point.length];
        double[] upper = new double[point.length];
        double variance = 1;
        for (int h = 1; h <= point.length; h++) {
            if (h > 1) {
                int j = h - 1;
                double c = parameters.alpha() + parameters.alpha() * parameters.beta() * parameters.dampedSteps(j)
                        + (j % state.season() == 0 ? parameters.gamma() : 0);
                variance += c * c;
            }
            double halfWidth = Z_95 * sigma * Math.sqrt(variance);
            lower[h - 1] = point[h - 1] - halfWidth;
            upper[h - 1] = point[h - 1] + halfWidth;
        }
        return new ForecastResult(point, lower, upper);
    }

    private ForecastResult simulatedInterval(double[] point, double sigma) {
        int horizon = point.length;
        double[][] paths = new double[horizon][SIMULATED_PATHS];
        Random random = new Random(SIMULATION_SEED);
        for (int p = 0; p < SIMULATED_PATHS; p++) {
            HoltWintersState path = state.copy();
            for (int h = 0; h < horizon; h++) {
                double value = path.nextForecast(parameters.phi()) + sigma * random.nextGaussian();
                paths[h][p] = value;
                path.observe(value, parameters);
            }
        }
        double[] lower = new double[horizon];
        double[] upper = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            Arrays.sort(paths[h]);
            lower[h] = OutlierDetector.quantile(paths[h], 0.025);
            upper[h] = OutlierDetector.quantile(paths[h], 0.975);
        }
        return new ForecastResult(point, lower, upper);
    }

}
