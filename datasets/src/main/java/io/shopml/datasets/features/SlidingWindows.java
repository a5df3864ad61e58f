package io.shopml.datasets.features;

import io.shopml.datasets.DatasetException;
import io.shopml.datasets.timeseries.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a regular series into supervised windows without leakage across a {@link TimeSplit}.
 *
 * <pre>{@code
 * List<Window> train = SlidingWindows.of(series, 24, 6, 0, split.trainEnd());
 * List<Window> validation = SlidingWindows.of(series, 24, 6, split.trainEnd(), split.validationEnd());
 * }</pre>
 *
 * <p>Every target period of a window lies in {@code [targetFrom, targetTo)}: a training window
 * never sees a validation value as its target, and so never as its input either (inputs always
 * precede targets). Inputs may reach back before {@code targetFrom}: a validation window's input
 * is the training periods right before it, which the forecaster will also have at prediction
 * time, so that is not leakage.
 */
public final class SlidingWindows {

    private SlidingWindows() {
    }

    /**
     * Every window with {@code window} input periods followed by {@code horizon} target periods
     * whose targets all lie in {@code [targetFrom, targetTo)}, stride 1, ordered by
     * {@code targetStart}. Empty when that range holds fewer than {@code horizon} periods with
     * {@code window} periods before them.
     *
     * @throws IllegalArgumentException when {@code window} or {@code horizon} is below 1 or the
     *     range is not within the series
     * @throws DatasetException when the series is not regular (run {@code SeriesCleaner} first)
     */
    public static List<Window> of(TimeSeries series, int window, int horizon, int targetFrom, int targetTo) {
        if (window < 1 || horizon < 1) {
            throw new IllegalArgumentException("window and horizon must be at least 1 but were " + window + " and "
                    + horizon);
        }
        if (targetFrom < 0 || targetFrom > targetTo || targetTo > series.size()) {
            throw new IllegalArgumentException("target range [" + targetFrom + ", " + targetTo
                    + ") is not within series '" + series.id() + "' of " + series.size() + " periods");
        }
        series.firstIrregularity().ifPresent(problem -> {
            throw new DatasetException(problem + ": clean the series with SeriesCleaner before cutting windows");
        });
        double[] values = series.values();
        int first = Math.max(targetFrom, window);
        int last = targetTo - horizon;
        List<Window> windows = new ArrayList<>(Math.max(0, last - first + 1));
        for (int start = first; start <= last; start++) {
            windows.add(new Window(series.id(), start,
                    Arrays.copyOfRange(values, start - window, start),
                    Arrays.copyOfRange(values, start, start + horizon),
                    series.dates().subList(start - window, start),
                    series.dates().subList(start, start + horizon)));
        }
        return windows;
    }
}
