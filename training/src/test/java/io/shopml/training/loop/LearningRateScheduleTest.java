package io.shopml.training.loop;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LearningRateScheduleTest {

    @Test
    void rate_warmsUpLinearly_thenDecaysByCosineToTheFloor() {
        LearningRateSchedule s = LearningRateSchedule.warmupCosine(1.0, 10, 110);
        assertEquals(0.19, s.rate(0), 1e-12);
        assertEquals(1.0, s.rate(9), 1e-12);
        assertEquals(1.0, s.rate(10), 1e-12);
        assertEquals(0.05 + 0.95 * 0.5, s.rate(60), 1e-12);
        assertEquals(0.05, s.rate(110), 1e-12);
        for (long step = 10; step < 110; step++) {
            assertTrue(s.rate(step + 1) <= s.rate(step));
        }
    }

    @Test
    void schedule_rejectsWarmupLongerThanTraining() {
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.warmupCosine(1.0, 20, 10));
    }
}
