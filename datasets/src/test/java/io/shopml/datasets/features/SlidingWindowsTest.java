package io.shopml.datasets.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shopml.datasets.DatasetException;
import io.shopml.datasets.timeseries.Frequency;
import io.shopml.datasets.timeseries.TimeSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlidingWindowsTest {

    /** Value i at month i, so a window's values are its own indices. */
    private static final TimeSeries SERIES = indexSeries(20);

    @Test
    void of_cutsEveryWindowWhoseTargetsFitTheRange_strideOne() {
        List<Window> windows = SlidingWindows.of(SERIES, 4, 2, 0, 14);

        assertEquals(14 - 4 - 2 + 1, windows.size());
        assertEquals(List.of(4, 5, 6, 7, 8, 9, 10, 11, 12), windows.stream().map(Window::targetStart).toList());
    }

    @Test
    void of_firstWindow_holdsTheInputPeriodsRightBeforeItsTargets() {
        Window first = SlidingWindows.of(SERIES, 4, 2, 0, 14).get(0);

        assertEquals("shop", first.seriesId());
        assertArrayEquals(new double[] {0, 1, 2, 3}, first.input());
        assertArrayEquals(new double[] {4, 5}, first.target());
        assertEquals(List.of(month(0), month(1), month(2), month(3)), first.inputDates());
        assertEquals(List.of(month(4), month(5)), first.targetDates());
    }

    @Test
    void of_trainingWindows_neverSeeAPeriodAtOrAfterTrainEnd() {
        TimeSplit split = TimeSplit.of(SERIES.size(), 3, 3);

        List<Window> train = SlidingWindows.of(SERIES, 4, 2, 0, split.trainEnd());

        assertEquals(14, split.trainEnd());
        for (Window window : train) {
            for (double value : window.target()) {
                assertTrue(value < split.trainEnd(), "target index " + value + " in " + window);
            }
            for (double value : window.input()) {
                assertTrue(value < split.trainEnd(), "input index " + value + " in " + window);
            }
        }
        assertEquals(13.0, train.get(train.size() - 1).target()[1]);
    }

    @Test
    void of_validationWindows_targetOnlyValidationPeriods_withInputsFromBefore() {
        TimeSplit split = TimeSplit.of(SERIES.size(), 3, 3);

        List<Window> validation = SlidingWindows.of(SERIES, 4, 2, split.trainEnd(), split.validationEnd());

        assertEquals(List.of(14, 15), validation.stream().map(Window::targetStart).toList());
        assertArrayEquals(new double[] {10, 11, 12, 13}, validation.get(0).input());
        assertArrayEquals(new double[] {15, 16}, validation.get(1).target());
    }

    @Test
    void of_rangeShorterThanTheHorizon_givesNoWindows() {
        assertEquals(List.of(), SlidingWindows.of(SERIES, 4, 3, 18, 20));
        assertEquals(List.of(), SlidingWindows.of(SERIES, 19, 2, 0, 20));
    }

    @Test
    void of_uncleanSeries_isRefused_pointingToTheCleaner() {
        double[] values = SERIES.values();
        values[3] = Double.NaN;
        TimeSeries withGap = new TimeSeries("shop", Frequency.MONTHLY, SERIES.dates(), values);

        DatasetException error = assertThrows(DatasetException.class, () -> SlidingWindows.of(withGap, 4, 2, 0, 20));

        assertEquals("series 'shop' has a missing value at 2020-04-01: clean the series with SeriesCleaner before"
                + " cutting windows", error.getMessage());
    }

    @Test
    void of_badSizesOrRange_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> SlidingWindows.of(SERIES, 0, 2, 0, 20));
        assertThrows(IllegalArgumentException.class, () -> SlidingWindows.of(SERIES, 4, 2, 0, 21));
        assertThrows(IllegalArgumentException.class, () -> SlidingWindows.of(SERIES, 4, 2, 10, 5));
    }

    private static TimeSeries indexSeries(int size) {
        List<LocalDate> dates = new ArrayList<>();
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            dates.add(month(i));
            values[i] = i;
        }
        return new TimeSeries("shop", Frequency.MONTHLY, dates, values);
    }

    private static LocalDate month(int index) {
        return LocalDate.of(2020, 1, 1).plusMonths(index);
    }
}
