package io.shopml.evaluation.forecast;

import io.shopml.datasets.timeseries.Frequency;
import io.shopml.datasets.timeseries.TimeSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;

/** Builds monthly test series from a formula of the period index, starting in January 2015. */
public final class SyntheticSeries {

    public static final LocalDate START = LocalDate.of(2015, 1, 1);

    private SyntheticSeries() {
    }

    /** A monthly series of {@code length} values {@code valueAt(t)}, t = 0, 1, .... */
    public static TimeSeries monthly(String id, int length, IntToDoubleFunction valueAt) {
        List<LocalDate> dates = new ArrayList<>();
        double[] values = new double[length];
        for (int t = 0; t < length; t++) {
            dates.add(Frequency.MONTHLY.plus(START, t));
            values[t] = valueAt.applyAsDouble(t);
        }
        return new TimeSeries(id, Frequency.MONTHLY, dates, values);
    }

    /** {@code level + slope*t + amplitude*sin(2*pi*t/12)} plus Gaussian noise of the given sigma. */
    public static TimeSeries trendingSeasonal(String id, int length, double level, double slope, double amplitude,
                                              double noiseSigma, long seed) {
        Random random = new Random(seed);
        return monthly(id, length, t -> level + slope * t + amplitude * Math.sin(2 * Math.PI * t / 12)
                + noiseSigma * random.nextGaussian());
    }
}
