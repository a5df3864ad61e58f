package io.shopml.datasets.timeseries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.shopml.datasets.DatasetException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrequencyTest {

    @Test
    void monthly_stepsFromAnyDayToTheFirstOfTheNextMonth() {
        assertEquals(LocalDate.of(2020, 2, 1), Frequency.MONTHLY.next(LocalDate.of(2020, 1, 31)));
        assertEquals(LocalDate.of(2019, 11, 1), Frequency.MONTHLY.plus(LocalDate.of(2020, 1, 15), -2));
        assertEquals(LocalDate.of(2020, 1, 1), Frequency.MONTHLY.normalise(LocalDate.of(2020, 1, 31)));
    }

    @Test
    void monthly_countsCalendarMonths_whateverTheDay() {
        assertEquals(309 - 1, Frequency.MONTHLY.periodsBetween(LocalDate.of(1992, 1, 1), LocalDate.of(2017, 9, 1)));
        assertEquals(1, Frequency.MONTHLY.periodsBetween(LocalDate.of(2020, 1, 31), LocalDate.of(2020, 2, 1)));
        assertEquals(-1, Frequency.MONTHLY.periodsBetween(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 1, 1)));
    }

    @Test
    void daily_stepsAndCountsDays_acrossALeapDay() {
        assertEquals(LocalDate.of(2020, 2, 29), Frequency.DAILY.next(LocalDate.of(2020, 2, 28)));
        assertEquals(LocalDate.of(2020, 3, 1), Frequency.DAILY.plus(LocalDate.of(2020, 2, 28), 2));
        assertEquals(366, Frequency.DAILY.periodsBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)));
    }

    @Test
    void seasonLength_isAYearOfMonthsOrAWeekOfDays() {
        assertEquals(12, Frequency.MONTHLY.seasonLength());
        assertEquals(7, Frequency.DAILY.seasonLength());
    }

    @Test
    void infer_recognisesMonthlyDates_evenWithGapsAndDuplicates() {
        List<LocalDate> dates = List.of(date("2020-01-01"), date("2020-02-01"), date("2020-02-01"), date("2020-06-01"));

        assertEquals(Frequency.MONTHLY, Frequency.infer(dates));
    }

    @Test
    void infer_recognisesMonthEndDates_asMonthly() {
        assertEquals(Frequency.MONTHLY, Frequency.infer(List.of(date("2020-01-31"), date("2020-02-29"))));
    }

    @Test
    void infer_recognisesDailyDates_evenWithGaps() {
        assertEquals(Frequency.DAILY, Frequency.infer(List.of(date("2020-01-01"), date("2020-01-05"), date("2020-01-06"))));
    }

    @Test
    void infer_refusesWeeklyDates_namingTheClosestPair() {
        DatasetException error = assertThrows(DatasetException.class,
                () -> Frequency.infer(List.of(date("2020-01-06"), date("2020-01-13"), date("2020-01-20"))));

        assertEquals("dates are neither daily nor monthly: the closest two, 2020-01-06 and 2020-01-13, are 7 days apart"
                + " (expected 1 day, or 1 calendar month with one date per month)", error.getMessage());
    }

    @Test
    void infer_refusesQuarterlyDates() {
        assertThrows(DatasetException.class,
                () -> Frequency.infer(List.of(date("2020-01-01"), date("2020-04-01"), date("2020-07-01"))));
    }

    @Test
    void infer_refusesASingleDistinctDate() {
        DatasetException error = assertThrows(DatasetException.class,
                () -> Frequency.infer(List.of(date("2020-01-01"), date("2020-01-01"))));

        assertEquals("cannot infer a frequency from 1 distinct date(s): at least two distinct dates are needed",
                error.getMessage());
    }

    @Test
    void infer_refusesUnsortedDates() {
        DatasetException error = assertThrows(DatasetException.class,
                () -> Frequency.infer(List.of(date("2020-02-01"), date("2020-01-01"))));

        assertEquals("dates are not sorted: 2020-01-01 comes after 2020-02-01", error.getMessage());
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
