package io.shopml.models.forecast;

import io.shopml.datasets.features.CalendarFeatures;
import io.shopml.datasets.features.StandardScaler;
import io.shopml.datasets.timeseries.Frequency;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Sales windows to network input and network output to sales, for training and serving alike.
 *
 * <p>Per input step the features are: the value over the window level, standardised; the sine and
 * cosine of the season position (month of year for monthly series, day of week for daily ones);
 * and a flag saying whether the calendar is known. Training shows every window with and without
 * its calendar, so a caller that sends bare values (KServe {@code history}) still gets a sound
 * forecast, and one that sends dates gets a slightly better one.
 */
public final class ForecastTranslator {

    public static final int FEATURES = 4;
    public static final List<String> FEATURE_NAMES =
            List.of("value_over_window_level", "season_sin", "season_cos", "calendar_known");

    private final ForecastPreprocessing preprocessing;

    public ForecastTranslator(ForecastPreprocessing preprocessing) {
        this.preprocessing = preprocessing;
    }

    public ForecastPreprocessing preprocessing() {
        return preprocessing;
    }

    /** Fits the value scaler on level-normalised training windows (inputs and targets). */
    public static StandardScaler fitScaler(List<HistoryWindow> inputs, List<double[]> targets) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            double level = inputs.get(i).level();
            for (double v : inputs.get(i).values()) {
                ratios.add(v / level);
            }
            for (double v : targets.get(i)) {
                ratios.add(v / level);
            }
        }
        return StandardScaler.fit(ratios.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Network input [N, FEATURES, window] for these windows. */
    public INDArray encodeInputs(List<HistoryWindow> windows) {
        int n = windows.size();
        int w = preprocessing.window();
        float[] data = new float[n * FEATURES * w];
        for (int i = 0; i < n; i++) {
            HistoryWindow window = windows.get(i);
            if (window.length() != w) {
                throw new IllegalArgumentException("window " + i + " has " + window.length() + " values, expected " + w);
            }
            double level = window.level();
            int base = i * FEATURES * w;
            for (int t = 0; t < w; t++) {
                data[base + t] = (float) preprocessing.scaler().transform(window.valueAt(t) / level);
                if (window.lastDate() != null) {
                    double[] season = seasonFeatures(preprocessing.frequency().plus(window.lastDate(), t - (w - 1)));
                    data[base + w + t] = (float) season[0];
                    data[base + 2 * w + t] = (float) season[1];
                    data[base + 3 * w + t] = 1f;
                }
            }
        }
        return Nd4j.create(data, new long[] {n, FEATURES, w}, 'c');
    }

    /** Training labels [N, horizon]: each target over its window's level, standardised. */
    public INDArray encodeTargets(List<HistoryWindow> windows, List<double[]> targets) {
        int n = windows.size();
        int h = preprocessing.horizon();
        float[] data = new float[n * h];
        for (int i = 0; i < n; i++) {
            double level = windows.get(i).level();
            double[] target = targets.get(i);
            for (int s = 0; s < h; s++) {
                data[i * h + s] = (float) preprocessing.scaler().transform(target[s] / level);
            }
        }
        return Nd4j.create(data, new long[] {n, h}, 'c');
    }

    /** Network output [N, horizon] back to sales, with the stored interval around each point. */
    public List<PointAndInterval> decode(INDArray output, List<HistoryWindow> windows) {
        int h = preprocessing.horizon();
        List<PointAndInterval> forecasts = new ArrayList<>(windows.size());
        for (int i = 0; i < windows.size(); i++) {
            double level = windows.get(i).level();
            double[] point = new double[h];
            for (int s = 0; s < h; s++) {
                point[s] = preprocessing.scaler().inverse(output.getDouble(i, s)) * level;
            }
            forecasts.add(withInterval(point, level));
        }
        return forecasts;
    }

    /** The same point forecasts with this translator's interval around them. */
    public List<PointAndInterval> withInterval(List<PointAndInterval> forecasts, List<HistoryWindow> windows) {
        List<PointAndInterval> result = new ArrayList<>(forecasts.size());
        for (int i = 0; i < forecasts.size(); i++) {
            result.add(withInterval(forecasts.get(i).point(), windows.get(i).level()));
        }
        return result;
    }

    private PointAndInterval withInterval(double[] point, double level) {
        double[] lowerRel = preprocessing.lowerRelative();
        double[] upperRel = preprocessing.upperRelative();
        double[] lower = new double[point.length];
        double[] upper = new double[point.length];
        for (int s = 0; s < point.length; s++) {
            lower[s] = point[s] + lowerRel[s] * level;
            upper[s] = point[s] + upperRel[s] * level;
        }
        return new PointAndInterval(point, lower, upper);
    }

    /** Encodes, runs the network and decodes; native arrays are released before returning. */
    public List<PointAndInterval> predict(MultiLayerNetwork network, List<HistoryWindow> windows) {
        try (INDArray input = encodeInputs(windows); INDArray output = network.output(input, false)) {
            return decode(output, windows);
        }
    }

    private double[] seasonFeatures(LocalDate date) {
        return preprocessing.frequency() == Frequency.DAILY
                ? CalendarFeatures.dayOfWeek(date)
                : CalendarFeatures.monthOfYear(date);
    }
}
