package io.shopml.evaluation.baselines;

import java.util.Locale;

/** How the seasonal term combines with the trend line in Holt-Winters. */
enum Seasonality {

    /** Seasonal swings of a constant size in sales units: {@code y = line + s}. */
    ADDITIVE {
        @Override
        double combine(double line, double seasonal) {
            return line + seasonal;
        }

        @Override
        double deseasonalise(double value, double seasonal) {
            return value - seasonal;
        }

        @Override
        double seasonalTerm(double value, double line) {
            return value - line;
        }

        @Override
        boolean isUsable(double line, double seasonal) {
            return Double.isFinite(line) && Double.isFinite(seasonal);
        }
    },

    /** Seasonal swings proportional to the level: {@code y = line * s}; needs positive values. */
    MULTIPLICATIVE {
        @Override
        double combine(double line, double seasonal) {
            return line * seasonal;
        }

        @Override
        double deseasonalise(double value, double seasonal) {
            return value / seasonal;
        }

        @Override
        double seasonalTerm(double value, double line) {
            return value / line;
        }

        @Override
        boolean isUsable(double line, double seasonal) {
            return line > 0 && seasonal > 0 && Double.isFinite(line) && Double.isFinite(seasonal);
        }
    };

    /** The forecast from a trend-line value and a seasonal term. */
    abstract double combine(double line, double seasonal);

    /** The value with its seasonal term taken out. */
    abstract double deseasonalise(double value, double seasonal);

    /** The seasonal term that turns {@code line} into {@code value}. */
    abstract double seasonalTerm(double value, double line);

    /** Whether the recursions can go on from this line value and seasonal term. */
    abstract boolean isUsable(double line, double seasonal);

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
