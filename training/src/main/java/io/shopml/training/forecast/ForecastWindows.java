package io.shopml.training.forecast;

import io.shopml.datasets.features.SlidingWindows;
import io.shopml.datasets.features.TimeSplit;
import io.shopml.datasets.features.Window;
import io.shopml.datasets.timeseries.TimeSeries;
import io.shopml.models.forecast.HistoryWindow;

import java.util.ArrayList;
import java.util.List;

/**
 * Training and validation windows of every series, as translator inputs plus targets. Each
 * window appears twice, with and without its calendar, so the model also forecasts well from
 * bare values.
 */
record ForecastWindows(List<HistoryWindow> inputs, List<double[]> targets) {

    static ForecastWindows training(List<TimeSeries> series, int window, int horizon) {
        return collect(series, window, horizon, true);
    }

    static ForecastWindows validation(List<TimeSeries> series, int window, int horizon) {
        return collect(series, window, horizon, false);
    }

    int size() {
        return inputs.size();
    }

    private static ForecastWindows collect(List<TimeSeries> series, int window, int horizon, boolean training) {
        List<HistoryWindow> inputs = new ArrayList<>();
        List<double[]> targets = new ArrayList<>();
        for (TimeSeries s : series) {
            TimeSplit split = ForecastSplit.of(s, window, horizon);
            int from = training ? 0 : split.trainEnd();
            int to = training ? split.trainEnd() : split.validationEnd();
            for (Window w : SlidingWindows.of(s, window, horizon, from, to)) {
                inputs.add(new HistoryWindow(w.input(), w.inputDates().get(w.inputDates().size() - 1)));
                targets.add(w.target());
                inputs.add(new HistoryWindow(w.input(), null));
                targets.add(w.target());
            }
        }
        return new ForecastWindows(inputs, targets);
    }
}
