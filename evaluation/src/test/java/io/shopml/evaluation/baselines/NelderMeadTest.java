package io.shopml.evaluation.baselines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NelderMeadTest {

    @Test
    void minimise_findsTheMinimumOfTheRosenbrockValley() {
        double[] best = new NelderMead(2000, 1e-14).minimise(
                p -> 100 * Math.pow(p[1] - p[0] * p[0], 2) + Math.pow(1 - p[0], 2), new double[] {-1.2, 1}, 0.5);

        assertEquals(1.0, best[0], 1e-3);
        assertEquals(1.0, best[1], 1e-3);
    }

    @Test
    void minimise_neverSettlesOnAPointWhereTheObjectiveIsNaN() {
        double[] best = new NelderMead(1000, 1e-14).minimise(
                p -> p[0] > 3 ? Double.NaN : Math.pow(p[0] - 2, 2) + Math.pow(p[1] + 1, 2), new double[] {2.9, 0}, 1);

        assertEquals(2.0, best[0], 1e-4);
        assertEquals(-1.0, best[1], 1e-4);
    }
}
