package io.shopml.evaluation.forecast;

import io.shopml.datasets.timeseries.TimeSeries;
import io.shopml.models.forecast.HistoryWindow;
import io.shopml.models.forecast.LoadedForecaster;
import io.shopml.models.forecast.PointAndInterval;

import java.util.List;

/** The exported LSTM forecaster as an evaluation contestant: the last window of the history, dated. */
public final class LstmForecaster implements SeriesForecaster {

    private final LoadedForecaster forecaster;

    public LstmForecaster(LoadedForecaster forecaster) {
        this.forecaster = forecaster;
    }

    @Override
    public String name() {
        return "LSTM (shopml)";
    }

    @Override
    public ForecastResult forecast(TimeSeries history, int horizon) {
        int modelHorizon = forecaster.preprocessing().horizon();
        if (horizon > modelHorizon) {
            throw new IllegalArgumentException("the model forecasts " + modelHorizon + " steps; " + horizon
                    + " were asked");
        }
        HistoryWindow window = HistoryWindow.ofRecent(history.values(), forecaster.preprocessing().window(),
                history.lastDate());
        PointAndInterval f = forecaster.predict(List.of(window)).get(0);
        return new ForecastResult(java.util.Arrays.copyOf(f.point(), horizon), java.util.Arrays.copyOf(f.lower(), horizon),
                java.util.Arrays.copyOf(f.upper(), horizon));
    }
}
