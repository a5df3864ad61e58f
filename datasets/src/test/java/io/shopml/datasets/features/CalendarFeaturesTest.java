package io.shopml.datasets.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarFeaturesTest {

    private static final double EPS = 1e-12;

    @Test
    void monthOfYear_putsJanuaryAtTheTopOfTheCircle_andJulyOpposite() {
        assertArrayEquals(new double[] {0, 1}, CalendarFeatures.monthOfYear(LocalDate.of(2017, 1, 15)), EPS);
        assertArrayEquals(new double[] {1, 0}, CalendarFeatures.monthOfYear(LocalDate.of(2017, 4, 1)), EPS);
        assertArrayEquals(new double[] {0, -1}, CalendarFeatures.monthOfYear(LocalDate.of(2017, 7, 1)), EPS);
        assertArrayEquals(new double[] {-0.5, Math.sqrt(3) / 2}, CalendarFeatures.monthOfYear(LocalDate.of(2017, 12, 1)),
                EPS);
    }

    @Test
    void dayOfWeek_startsOnMonday() {
        double angle = 2 * Math.PI * 6 / 7;

        assertArrayEquals(new double[] {0, 1}, CalendarFeatures.dayOfWeek(LocalDate.of(2024, 1, 1)), EPS);
        assertArrayEquals(new double[] {Math.sin(angle), Math.cos(angle)},
                CalendarFeatures.dayOfWeek(LocalDate.of(2024, 1, 7)), EPS);
    }
}
