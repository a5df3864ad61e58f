package io.shopml.datasets.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.shopml.datasets.DatasetException;
import org.junit.jupiter.api.Test;

class TimeSplitTest {

    @Test
    void of_putsTestLast_validationBeforeIt_andTrainingFirst() {
        TimeSplit split = TimeSplit.of(309, 12, 24);

        assertEquals(new TimeSplit(273, 285, 309), split);
        assertEquals(273, split.trainPeriods());
        assertEquals(12, split.validationPeriods());
        assertEquals(24, split.testPeriods());
    }

    @Test
    void of_allowsEmptyValidationAndTest() {
        assertEquals(new TimeSplit(10, 10, 10), TimeSplit.of(10, 0, 0));
    }

    @Test
    void of_tooShortSeries_saysHowLongItMustBe() {
        DatasetException error = assertThrows(DatasetException.class, () -> TimeSplit.of(20, 12, 8));

        assertEquals("a series of 20 periods is too short for 12 validation and 8 test periods: no training period is"
                + " left (need at least 21 periods)", error.getMessage());
    }

    @Test
    void of_negativePeriods_areRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> TimeSplit.of(20, -1, 2));

        assertEquals("validation and test periods must not be negative but were -1 and 2", error.getMessage());
    }

    @Test
    void constructor_refusesBoundsOutOfOrder() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new TimeSplit(10, 8, 20));

        assertEquals("a split needs 1 <= trainEnd <= validationEnd <= length but got trainEnd=10, validationEnd=8,"
                + " length=20", error.getMessage());
    }
}
