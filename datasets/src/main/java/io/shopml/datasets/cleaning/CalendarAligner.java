package io.shopml.datasets.cleaning;

import io.shopml.datasets.DatasetException;
import io.shopml.datasets.timeseries.Frequency;
import io.shopml.datasets.timeseries.TimeSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a raw series on its calendar: sorted, one value per period (the last row of a repeated
 * date wins), calendar gaps present as {@code NaN}.
 */
final class CalendarAligner {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarAligner.class);

    /**
     * The aligned series.
     *
     * @param dates every period from the first to the last date
     * @param values the value of each period, {@code NaN} where none was observed
     * @param duplicates dates that appeared more than once, in date order
     */
    record Aligned(List<LocalDate> dates, double[] values, List<LocalDate> duplicates) {
    }

    private CalendarAligner() {
    }

    /**
     * @throws DatasetException when the series is empty, or more of its calendar would be
     *     invented than observed, which nearly always means a mistyped date
     */
    static Aligned align(TimeSeries raw) {
        if (raw.size() == 0) {
            throw new DatasetException("series '" + raw.id() + "' is empty: nothing to clean");
        }
        List<LocalDate> rawDates = raw.dates();
        int[] order = IntStream.range(0, raw.size()).boxed()
                .sorted(Comparator.comparing(rawDates::get))
                .mapToInt(Integer::intValue)
                .toArray();
        List<Integer> kept = new ArrayList<>();
        List<LocalDate> duplicates = new ArrayList<>();
        for (int k = 0; k < order.length; k++) {
            LocalDate date = rawDates.get(order[k]);
            if (k + 1 < order.length && rawDates.get(order[k + 1]).equals(date)) {
                // the sort is stable, so the last of a run of equal dates is the last row in file order
                LOG.warn("series '{}': duplicate date {}, dropped value {} in favour of a later row",
                        raw.id(), date, raw.value(order[k]));
                if (duplicates.isEmpty() || !duplicates.get(duplicates.size() - 1).equals(date)) {
                    duplicates.add(date);
                }
            } else {
                kept.add(order[k]);
            }
        }
        Frequency frequency = raw.frequency();
        LocalDate first = rawDates.get(kept.get(0));
        LocalDate last = rawDates.get(kept.get(kept.size() - 1));
        long periods = frequency.periodsBetween(first, last) + 1;
        if (periods - kept.size() > kept.size()) {
            throw new DatasetException("series '" + raw.id() + "' spans " + first + ".." + last + " (" + periods
                    + " " + frequency.name().toLowerCase(Locale.ROOT) + " periods) but has only " + kept.size()
                    + " distinct dates: filling would invent more than was observed; check for a mistyped date");
        }
        double[] values = new double[(int) periods];
        Arrays.fill(values, Double.NaN);
        for (int index : kept) {
            values[(int) frequency.periodsBetween(first, rawDates.get(index))] = raw.value(index);
        }
        List<LocalDate> dates = IntStream.range(0, values.length).mapToObj(i -> frequency.plus(first, i)).toList();
        return new Aligned(dates, values, duplicates);
    }
}
