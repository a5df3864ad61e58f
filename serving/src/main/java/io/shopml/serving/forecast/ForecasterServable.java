package io.shopml.serving.forecast;

import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.forecast.ForecastPreprocessing;
import io.shopml.models.forecast.HistoryWindow;
import io.shopml.models.forecast.LoadedForecaster;
import io.shopml.models.forecast.PointAndInterval;
import io.shopml.serving.errors.InvalidInputException;
import io.shopml.serving.registry.InferenceRequest;
import io.shopml.serving.registry.InferenceResult;
import io.shopml.serving.registry.ServableModel;
import io.shopml.serving.tensor.DataType;
import io.shopml.serving.tensor.Tensor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A loaded forecaster version. KServe requests carry {@code history} FP32 [N, window] in sales
 * units and may name the date of the last value in the request parameter {@code last_date}
 * (YYYY-MM or YYYY-MM-DD) to switch the calendar features on.
 */
public final class ForecasterServable implements ServableModel {

    public static final String LAST_DATE_PARAMETER = "last_date";

    private final Manifest manifest;
    private final LoadedForecaster forecaster;

    private ForecasterServable(Manifest manifest, LoadedForecaster forecaster) {
        this.manifest = manifest;
        this.forecaster = forecaster;
    }

    static ForecasterServable load(ModelArtifact artifact) {
        return new ForecasterServable(artifact.manifest(), LoadedForecaster.load(artifact));
    }

    public ForecastPreprocessing preprocessing() {
        return forecaster.preprocessing();
    }

    @Override
    public Manifest manifest() {
        return manifest;
    }

    @Override
    public InferenceResult infer(InferenceRequest request) {
        Tensor history = request.inputs().get("history");
        int rows = (int) history.shape()[0];
        int window = preprocessing().window();
        float[] values = history.floats();
        LocalDate lastDate = lastDate(request.parameters());
        List<HistoryWindow> windows = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            double[] row = new double[window];
            for (int c = 0; c < window; c++) {
                float v = values[r * window + c];
                if (!Float.isFinite(v)) {
                    throw new InvalidInputException("input 'history' row " + r + " column " + c + " is " + v
                            + ": sales values must be finite numbers");
                }
                row[c] = v;
            }
            windows.add(new HistoryWindow(row, lastDate));
        }
        List<PointAndInterval> forecasts = forecaster.predict(windows);
        int horizon = preprocessing().horizon();
        long[] shape = {rows, horizon};
        List<Tensor> outputs = List.of(
                new Tensor("forecast", DataType.FP32, shape, flatten(forecasts, PointAndInterval::point, horizon)),
                new Tensor("lower", DataType.FP32, shape, flatten(forecasts, PointAndInterval::lower, horizon)),
                new Tensor("upper", DataType.FP32, shape, flatten(forecasts, PointAndInterval::upper, horizon)));
        return new InferenceResult(outputs, Map.of());
    }

    @Override
    public void close() {
        forecaster.close();
    }

    private static LocalDate lastDate(Map<String, Object> parameters) {
        Object value = parameters.get(LAST_DATE_PARAMETER);
        if (value == null) {
            return null;
        }
        return ForecastDates.parse(value.toString(), "parameter '" + LAST_DATE_PARAMETER + "'");
    }

    private static float[] flatten(List<PointAndInterval> forecasts,
                                   java.util.function.Function<PointAndInterval, double[]> part, int horizon) {
        float[] out = new float[forecasts.size() * horizon];
        for (int i = 0; i < forecasts.size(); i++) {
            double[] values = part.apply(forecasts.get(i));
            for (int s = 0; s < horizon; s++) {
                out[i * horizon + s] = (float) values[s];
            }
        }
        return out;
    }
}
