package io.shopml.models.forecast;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The most recent {@code window} sales values of one series, oldest first, and the date of the
 * last value when it is known (calendar features are masked otherwise).
 */
public record HistoryWindow(double[] values, LocalDate lastDate) {

    public HistoryWindow {
        values = values.clone();
    }

    /** The last {@code window} values of a longer history. */
    public static HistoryWindow ofRecent(double[] history, int window, LocalDate lastDate) {
        if (history.length < window) {
            throw new IllegalArgumentException("history has " + history.length + " values; the model needs at least "
                    + window);
        }
        return new HistoryWindow(Arrays.copyOfRange(history, history.length - window, history.length), lastDate);
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** The value scale this window is normalised by: its mean absolute value (never zero). */
    public double level() {
        double sum = 0;
        for (double v : values) {
            sum += Math.abs(v);
        }
        double mean = sum / values.length;
        return mean > 1e-9 ? mean : 1.0;
    }

    double valueAt(int i) {
        return values[i];
    }

    int length() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistoryWindow w && Arrays.equals(values, w.values)
                && java.util.Objects.equals(lastDate, w.lastDate);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values) * 31 + java.util.Objects.hashCode(lastDate);
    }
}
