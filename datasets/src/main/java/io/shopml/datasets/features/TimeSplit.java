package io.shopml.datasets.features;

import io.shopml.datasets.DatasetException;

/**
 * A chronological split of a series' periods: train {@code [0, trainEnd)}, validation
 * {@code [trainEnd, validationEnd)}, test {@code [validationEnd, length)}. Nothing is ever
 * shuffled: the model is always judged on periods after those it learnt from.
 *
 * <pre>{@code
 * TimeSplit split = TimeSplit.of(series.size(), 12, 12); // last year tests, the year before validates
 * }</pre>
 *
 * @param trainEnd first period after the training part; at least 1
 * @param validationEnd first period after the validation part
 * @param length number of periods
 */
public record TimeSplit(int trainEnd, int validationEnd, int length) {

    public TimeSplit {
        if (trainEnd < 1 || validationEnd < trainEnd || length < validationEnd) {
            throw new IllegalArgumentException("a split needs 1 <= trainEnd <= validationEnd <= length but got trainEnd="
                    + trainEnd + ", validationEnd=" + validationEnd + ", length=" + length);
        }
    }

    /**
     * The last {@code testPeriods} periods test, the {@code validationPeriods} before them
     * validate, everything earlier trains.
     *
     * @throws IllegalArgumentException when a period count is negative
     * @throws DatasetException when no training period would be left
     */
    public static TimeSplit of(int length, int validationPeriods, int testPeriods) {
        if (validationPeriods < 0 || testPeriods < 0) {
            throw new IllegalArgumentException("validation and test periods must not be negative but were "
                    + validationPeriods + " and " + testPeriods);
        }
        long trainPeriods = (long) length - validationPeriods - testPeriods;
        if (trainPeriods < 1) {
            throw new DatasetException("a series of " + length + " periods is too short for " + validationPeriods
                    + " validation and " + testPeriods + " test periods: no training period is left (need at least "
                    + ((long) validationPeriods + testPeriods + 1) + " periods)");
        }
        return new TimeSplit((int) trainPeriods, (int) trainPeriods + validationPeriods, length);
    }

    public int trainPeriods() {
        return trainEnd;
    }

    public int validationPeriods() {
        return validationEnd - trainEnd;
    }

    public int testPeriods() {
        return length - validationEnd;
    }
}
