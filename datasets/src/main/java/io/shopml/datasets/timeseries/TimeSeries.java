package io.shopml.datasets.timeseries;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * One named sales series: a date and a value per period.
 *
 * <p>Straight from {@link SalesCsvReader} a series is <em>raw</em>: its dates come in file order
 * (possibly unsorted, possibly repeated, possibly with calendar gaps) and a value may be
 * {@code NaN} for a missing observation. After {@code SeriesCleaner} the dates are strictly
 * increasing one period apart and no value is {@code NaN}; {@link #isRegular()} tells which.
 *
 * <p>Immutable: the constructor copies its inputs and {@link #values()} returns a copy. Monthly
 * dates are normalised to the first of their month. {@code equals} and {@code hashCode} compare
 * the values' contents.
 *
 * @param id the series name, for example a store or product id; never blank
 * @param frequency the calendar step between periods
 * @param dates one date per value
 * @param values one value per date; {@code NaN} marks a missing observation
 */
public record TimeSeries(String id, Frequency frequency, List<LocalDate> dates, double[] values) {

    public TimeSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(values, "values");
        if (id.isBlank()) {
            throw new IllegalArgumentException("series id must not be blank");
        }
        if (dates.size() != values.length) {
            throw new IllegalArgumentException("series '" + id + "' has " + dates.size()
                    + " dates but " + values.length + " values");
        }
        dates = dates.stream().map(frequency::normalise).toList();
        values = values.clone();
    }

    /** A copy of the values; use {@link #value(int)} to read one without copying. */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** The value at {@code index}. */
    public double value(int index) {
        return values[index];
    }

    /** Number of periods (values). */
    public int size() {
        return values.length;
    }

    /**
     * The date of the last value, which is the latest date once the series is clean.
     *
     * @throws NoSuchElementException when the series is empty
     */
    public LocalDate lastDate() {
        if (dates.isEmpty()) {
            throw new NoSuchElementException("series '" + id + "' is empty");
        }
        return dates.get(dates.size() - 1);
    }

    /** The periods {@code [fromInclusive, toExclusive)} as a new series with the same id. */
    public TimeSeries slice(int fromInclusive, int toExclusive) {
        Objects.checkFromToIndex(fromInclusive, toExclusive, values.length);
        return new TimeSeries(id, frequency, dates.subList(fromInclusive, toExclusive),
                Arrays.copyOfRange(values, fromInclusive, toExclusive));
    }

    /** The first {@code n} periods. */
    public TimeSeries head(int n) {
        return slice(0, n);
    }

    /**
     * Whether the series is ready for features: dates strictly increasing exactly one period
     * apart and no {@code NaN} value. {@code SeriesCleaner} output always is.
     */
    public boolean isRegular() {
        return firstIrregularity().isEmpty();
    }

    /** Describes the first thing that keeps this series from being {@link #isRegular() regular}. */
    public Optional<String> firstIrregularity() {
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                return Optional.of("series '" + id + "' has a missing value at " + dates.get(i));
            }
            if (i > 0 && !dates.get(i).equals(frequency.next(dates.get(i - 1)))) {
                return Optional.of("series '" + id + "' has " + dates.get(i - 1) + " followed by "
                        + dates.get(i) + " at index " + i + " (expected " + frequency.next(dates.get(i - 1)) + ")");
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimeSeries that
                && id.equals(that.id)
                && frequency == that.frequency
                && dates.equals(that.dates)
                && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, frequency, dates, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        String span = dates.isEmpty() ? "empty" : dates.get(0) + ".." + lastDate();
        return "TimeSeries[id=" + id + ", frequency=" + frequency + ", size=" + values.length
                + ", dates=" + span + "]";
    }
}
