package io.shopml.evaluation.baselines;

import java.util.Optional;

/**
 * Level, slope and one seasonal term per position in the season, advanced one observation at a
 * time by the Holt-Winters recursions.
 *
 * <p>Initialisation (the classical heuristic, from the first two seasons only): the slope is the
 * difference between the means of season 2 and season 1, divided by the season length {@code m};
 * the straight line with that slope through the first season's mean, centred on that season,
 * gives the level one step before the first value; each first-season value's deviation from
 * that line (additive) or ratio to it (multiplicative) is its seasonal term. A noiseless linear
 * trend plus additive seasonality is therefore reproduced exactly.
 */
final class HoltWintersState {

    private final Seasonality seasonality;
    private final int season;
    private final double[] seasonal;
    private double level;
    private double slope;
    private int observed;

    private HoltWintersState(Seasonality seasonality, int season, double level, double slope, double[] seasonal,
                             int observed) {
        this.seasonality = seasonality;
        this.season = season;
        this.level = level;
        this.slope = slope;
        this.seasonal = seasonal;
        this.observed = observed;
    }

    /**
     * The state before the first value, from the first two seasons of {@code values}.
     *
     * @throws IllegalArgumentException if there are fewer than two seasons, or the form cannot
     *                                  start from these values (see {@link #initialisationProblem})
     */
    static HoltWintersState initialise(double[] values, int season, Seasonality seasonality) {
        initialisationProblem(values, season, seasonality).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        double firstSeasonMean = mean(values, 0, season);
        double slope = (mean(values, season, 2 * season) - firstSeasonMean) / season;
        double[] seasonal = new double[season];
        for (int t = 0; t < season; t++) {
            seasonal[t] = seasonality.seasonalTerm(values[t], firstSeasonLine(firstSeasonMean, slope, season, t));
        }
        double level = firstSeasonLine(firstSeasonMean, slope, season, -1);
        return new HoltWintersState(seasonality, season, level, slope, seasonal, 0);
    }

    /**
     * Why {@link #initialise} would refuse these values, in words; empty when it would not:
     * fewer than two seasons, or for multiplicative seasonality a value or first-season trend
     * line value that is not positive.
     */
    static Optional<String> initialisationProblem(double[] values, int season, Seasonality seasonality) {
        if (values.length < 2 * season) {
            return Optional.of("Holt-Winters needs two full seasons (" + 2 * season + " values) to initialise, got "
                    + values.length);
        }
        if (seasonality == Seasonality.MULTIPLICATIVE) {
            for (int t = 0; t < values.length; t++) {
                if (!(values[t] > 0)) {
                    return Optional.of("multiplicative seasonality needs positive values, but the value at index " + t + " is "
                            + values[t]);
                }
            }
            double firstSeasonMean = mean(values, 0, season);
            double slope = (mean(values, season, 2 * season) - firstSeasonMean) / season;
            double start = firstSeasonLine(firstSeasonMean, slope, season, 0);
            double end = firstSeasonLine(firstSeasonMean, slope, season, season - 1);
            if (!(Math.min(start, end) > 0)) {
                return Optional.of("multiplicative seasonality needs a positive trend line over the first season,"
                        + " but it runs from " + start + " to " + end);
            }
        }
        return Optional.empty();
    }

    /** The one-step-ahead forecast of the next value. */
    double nextForecast(double phi) {
        return seasonality.combine(level + phi * slope, seasonal[observed % season]);
    }

    /** Whether the next step can be computed (multiplicative forms need a positive line and term). */
    boolean isUsable(double phi) {
        return seasonality.isUsable(level + phi * slope, seasonal[observed % season]);
    }

    /** Absorbs the next observed value. */
    void observe(double value, SmoothingParameters parameters) {
        int position = observed % season;
        double line = level + parameters.phi() * slope;
        double seasonalTerm = seasonal[position];
        double newLevel = parameters.alpha() * seasonality.deseasonalise(value, seasonalTerm)
                + (1 - parameters.alpha()) * line;
        slope = parameters.beta() * (newLevel - level) + (1 - parameters.beta()) * parameters.phi() * slope;
        seasonal[position] = parameters.gamma() * seasonality.seasonalTerm(value, line)
                + (1 - parameters.gamma()) * seasonalTerm;
        level = newLevel;
        observed++;
    }

    /** Point forecasts for the next {@code horizon} steps from the current state. */
    double[] forecast(int horizon, SmoothingParameters parameters) {
        double[] point = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            double line = level + parameters.dampedSteps(h) * slope;
            point[h - 1] = seasonality.combine(line, seasonal[(observed + h - 1) % season]);
        }
        return point;
    }

    int season() {
        return season;
    }

    HoltWintersState copy() {
        return new HoltWintersState(seasonality, season, level, slope, seasonal.clone(), observed);
    }

    /** The first-season trend line at time {@code t} (0 = first value), centred on the season. */
    private static double firstSeasonLine(double firstSeasonMean, double slope, int season, int t) {
        return firstSeasonMean + (t - (season - 1) / 2.0) * slope;
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int t = from; t < to; t++) {
            sum += values[t];
        }
        return sum / (to - from);
    }
}
