package io.shopml.datasets.timeseries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeSeriesTest {

    private static final List<LocalDate> DAYS = List.of(
            LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 4));

    @Test
    void constructor_copiesItsInputs_andValuesReturnsACopy() {
        double[] values = {1, 2, 3, 4};
        List<LocalDate> dates = new ArrayList<>(DAYS);
        TimeSeries series = new TimeSeries("s", Frequency.DAILY, dates, values);

        values[0] = 99;
        dates.set(0, LocalDate.of(1999, 1, 1));
        series.values()[1] = 99;

        assertArrayEquals(new double[] {1, 2, 3, 4}, series.values());
        assertEquals(DAYS, series.dates());
    }

    @Test
    void constructor_normalisesMonthlyDatesToTheFirstOfTheMonth() {
        TimeSeries series = new TimeSeries("m", Frequency.MONTHLY,
                List.of(LocalDate.of(2020, 1, 31), LocalDate.of(2020, 2, 29)), new double[] {1, 2});

        assertEquals(List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1)), series.dates());
    }

    @Test
    void constructor_refusesMismatchedDatesAndValues() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new TimeSeries("s", Frequency.DAILY, DAYS, new double[] {1, 2}));

        assertEquals("series 's' has 4 dates but 2 values", error.getMessage());
    }

    @Test
    void sliceAndHead_keepIdFrequencyAndTheChosenPeriods() {
        TimeSeries series = new TimeSeries("s", Frequency.DAILY, DAYS, new double[] {1, 2, 3, 4});

        TimeSeries middle = series.slice(1, 3);
        TimeSeries head = series.head(2);

        assertEquals(new TimeSeries("s", Frequency.DAILY, DAYS.subList(1, 3), new double[] {2, 3}), middle);
        assertArrayEquals(new double[] {1, 2}, head.values());
        assertEquals(LocalDate.of(2024, 1, 2), head.lastDate());
        assertEquals(2, head.size());
        assertThrows(IndexOutOfBoundsException.class, () -> series.slice(2, 5));
    }

    @Test
    void equals_comparesValueContents() {
        TimeSeries a = new TimeSeries("s", Frequency.DAILY, DAYS, new double[] {1, 2, 3, 4});
        TimeSeries b = new TimeSeries("s", Frequency.DAILY, DAYS, new double[] {1, 2, 3, 4});
        TimeSeries c = new TimeSeries("s", Frequency.DAILY, DAYS, new double[] {1, 2, 3, 5});

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
    }

    @Test
    void isRegular_onlyForSortedGaplessCompleteSeries() {
        assertTrue(new TimeSeries("s", Frequency.DAILY, DAYS, new double[] {1, 2, 3, 4}).isRegular());

        TimeSeries missing = new TimeSeries("s", Frequency.DAILY, DAYS, new double[] {1, Double.NaN, 3, 4});
        TimeSeries gap = new TimeSeries("s", Frequency.DAILY,
                List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 3)), new double[] {1, 2});

        assertFalse(missing.isRegular());
        assertEquals(Optional.of("series 's' has a missing value at 2024-01-02"), missing.firstIrregularity());
        assertEquals(Optional.of("series 's' has 2024-01-01 followed by 2024-01-03 at index 1 (expected 2024-01-02)"),
                gap.firstIrregularity());
    }
}
