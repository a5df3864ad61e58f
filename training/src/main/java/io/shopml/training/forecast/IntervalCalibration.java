package io.shopml.training.forecast;

import io.shopml.datasets.cleaning.OutlierDetector;
import io.shopml.models.forecast.HistoryWindow;
import io.shopml.models.forecast.PointAndInterval;

import java.util.Arrays;
import java.util.List;

/**
 * Measures the prediction interval on validation windows: per horizon step, the empirical
 * {@code (1-level)/2} and {@code (1+level)/2} quantiles of (actual - forecast) / window level.
 * Held-out errors, not training errors, so the interval is not too narrow from over-fitting.
 */
final class IntervalCalibration {

    private IntervalCalibration() {
    }

    static double[][] quantiles(List<HistoryWindow> windows, List<double[]> targets, List<PointAndInterval> forecasts,
                                double level) {
        int horizon = targets.get(0).length;
        double[] lower = new double[horizon];
        double[] upper = new double[horizon];
        for (int s = 0; s < horizon; s++) {
            double[] errors = new double[windows.size()];
            for (int i = 0; i < windows.size(); i++) {
                errors[i] = (targets.get(i)[s] - forecasts.get(i).point()[s]) / windows.get(i).level();
            }
            Arrays.sort(errors);
            lower[s] = OutlierDetector.quantile(errors, (1 - level) / 2);
            upper[s] = OutlierDetector.quantile(errors, (1 + level) / 2);
        }
        return new double[][] {lower, upper};
    }
}
