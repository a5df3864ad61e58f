package io.shopml.datasets.timeseries;

import io.shopml.datasets.DatasetException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The calendar step of a regular sales series.
 *
 * <p>Monthly dates are always normalised to the first of their month, so {@code 2017-09},
 * {@code 2017-09-01} and {@code 2017-09-30} all name the same monthly period. Daily dates are
 * used as they are.
 */
public enum Frequency {

    /** One value per calendar month; a season is a year of 12 months. */
    MONTHLY(12) {
        @Override
        public LocalDate normalise(LocalDate date) {
            return date.withDayOfMonth(1);
        }

        @Override
        public LocalDate plus(LocalDate date, long periods) {
            return normalise(date).plusMonths(periods);
        }

        @Override
        public long periodsBetween(LocalDate from, LocalDate to) {
            return ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to));
        }
    },

    /** One value per calendar day; a season is a week of 7 days. */
    DAILY(7) {
        @Override
        public LocalDate normalise(LocalDate date) {
            return date;
        }

        @Override
        public LocalDate plus(LocalDate date, long periods) {
            return date.plusDays(periods);
        }

        @Override
        public long periodsBetween(LocalDate from, LocalDate to) {
            return ChronoUnit.DAYS.between(from, to);
        }
    };

    private final int seasonLength;

    Frequency(int seasonLength) {
        this.seasonLength = seasonLength;
    }

    /** The canonical date of the period that contains {@code date} (first of month for MONTHLY). */
    public abstract LocalDate normalise(LocalDate date);

    /** The period {@code periods} steps after (negative: before) the one containing {@code date}. */
    public abstract LocalDate plus(LocalDate date, long periods);

    /** Whole periods from {@code from} to {@code to}; negative when {@code to} comes first. */
    public abstract long periodsBetween(LocalDate from, LocalDate to);

    /** The period right after the one containing {@code date}. */
    public LocalDate next(LocalDate date) {
        return plus(date, 1);
    }

    /** Periods in one seasonal cycle: 12 for monthly (a year), 7 for daily (a week). */
    public int seasonLength() {
        return seasonLength;
    }

    /**
     * Infers the frequency of sorted dates (duplicates allowed).
     *
     * <p>DAILY when some two consecutive distinct dates are one day apart; MONTHLY when every
     * distinct date falls in its own calendar month and some two are one month apart (day of
     * month ignored, so month-end dates work too). Larger gaps are missing periods, which the
     * cleaner fills. Anything else, such as weekly or quarterly data, is refused rather than
     * silently treated as a series with most periods missing.
     *
     * @throws DatasetException when fewer than two distinct dates are given, the dates are not
     *     sorted, or they are neither daily nor monthly
     */
    public static Frequency infer(List<LocalDate> sortedDates) {
        long smallestDayGap = Long.MAX_VALUE;
        long smallestMonthGap = Long.MAX_VALUE;
        LocalDate smallestGapFrom = null;
        LocalDate smallestGapTo = null;
        int distinct = sortedDates.isEmpty() ? 0 : 1;
        for (int i = 1; i < sortedDates.size(); i++) {
            LocalDate previous = sortedDates.get(i - 1);
            LocalDate current = sortedDates.get(i);
            long days = ChronoUnit.DAYS.between(previous, current);
            if (days < 0) {
                throw new DatasetException("dates are not sorted: " + current + " comes after " + previous);
            }
            if (days == 0) {
                continue;
            }
            distinct++;
            if (days < smallestDayGap) {
                smallestDayGap = days;
                smallestGapFrom = previous;
                smallestGapTo = current;
            }
            smallestMonthGap = Math.min(smallestMonthGap, MONTHLY.periodsBetween(previous, current));
        }
        if (distinct < 2) {
            throw new DatasetException("cannot infer a frequency from " + distinct
                    + " distinct date(s): at least two distinct dates are needed");
        }
        if (smallestDayGap == 1) {
            return DAILY;
        }
        if (smallestMonthGap == 1) {
            return MONTHLY;
        }
        throw new DatasetException("dates are neither daily nor monthly: the closest two, "
                + smallestGapFrom + " and " + smallestGapTo + ", are " + smallestDayGap
                + " days apart (expected 1 day, or 1 calendar month with one date per month)");
    }
}
