package io.shopml.evaluation.forecast;

import io.shopml.evaluation.metrics.ForecastMetrics;

/** Running sums of one model's metrics over the forecasts of an evaluation. */
final class ScoreAccumulator {

    private final String model;
    private double maseSum;
    private double smapeSum;
    private double maeSum;
    private double coverageSum;
    private int forecasts;
    private int forecastsWithInterval;

    ScoreAccumulator(String model) {
        this.model = model;
    }

    void add(double[] actual, ForecastResult result, double[] insample, int season) {
        maseSum += ForecastMetrics.mase(actual, result.point(), insample, season);
        smapeSum += ForecastMetrics.smape(actual, result.point());
        maeSum += ForecastMetrics.mae(actual, result.point());
        forecasts++;
        if (result.hasInterval()) {
            coverageSum += ForecastMetrics.coverage(actual, result.lower(), result.upper());
            forecastsWithInterval++;
        }
    }

    ModelScore score() {
        double coverage = forecastsWithInterval == 0 ? Double.NaN : coverageSum / forecastsWithInterval;
        return new ModelScore(model, maseSum / forecasts, smapeSum / forecasts, maeSum / forecasts, coverage,
                forecasts);
    }
}
