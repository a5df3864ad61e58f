package io.shopml.datasets.timeseries;

import io.shopml.datasets.DatasetException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects one series' rows in file order, then infers its frequency. */
final class RawSeriesBuilder {

    private final String id;
    private final List<LocalDate> dates = new ArrayList<>();
    private double[] values = new double[64];

    RawSeriesBuilder(String id) {
        this.id = id;
    }

    void add(LocalDate date, double value) {
        if (dates.size() == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[dates.size()] = value;
        dates.add(date);
    }

    TimeSeries build(String source) {
        List<LocalDate> sorted = dates.stream().sorted().toList();
        Frequency frequency;
        try {
            frequency = Frequency.infer(sorted);
        } catch (DatasetException e) {
            throw new DatasetException(source + ", series '" + id + "': " + e.getMessage(), e);
        }
        return new TimeSeries(id, frequency, dates, Arrays.copyOf(values, dates.size()));
    }
}
