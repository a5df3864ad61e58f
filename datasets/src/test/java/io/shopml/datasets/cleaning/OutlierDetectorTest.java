package io.shopml.datasets.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutlierDetectorTest {

    /** Mean 5, population standard deviation 2. */
    private static final double[] TEXTBOOK = {2, 4, 4, 4, 5, 5, 7, 9};

    @Test
    void zScore_usesMeanAndPopulationStd_andFlagsStrictlyAboveTheThreshold() {
        OutlierFences fences = OutlierDetector.zScoreFences(TEXTBOOK, 1.9);

        assertEquals(5.0, fences.low());
        assertEquals(2.0, fences.spread());
        assertEquals(2.0, fences.score(9));
        assertEquals(1.5, fences.score(2));
        assertEquals(List.of(7), OutlierDetector.zScore(TEXTBOOK, 1.9));
        assertEquals(List.of(), OutlierDetector.zScore(TEXTBOOK, 2.0));
        assertEquals(List.of(0, 7), OutlierDetector.zScore(TEXTBOOK, 1.4));
    }

    @Test
    void zScoreFences_areMeanPlusMinusThresholdStds() {
        OutlierFences fences = OutlierDetector.zScoreFences(TEXTBOOK, 3);

        assertEquals(-1.0, fences.lowerBound());
        assertEquals(11.0, fences.upperBound());
    }

    @Test
    void iqr_flagsValuesBeyondTukeysFences() {
        // sorted 1,2,3,4,100: Q1 = x[1] = 2, Q3 = x[3] = 4, IQR 2, fences [-1, 7]
        double[] x = {4, 100, 1, 3, 2};

        OutlierFences fences = OutlierDetector.iqrFences(x, 1.5);

        assertEquals(-1.0, fences.lowerBound());
        assertEquals(7.0, fences.upperBound());
        assertEquals(48.0, fences.score(100));
        assertEquals(List.of(1), OutlierDetector.iqr(x, 1.5));
    }

    @Test
    void iqr_quartilesInterpolateLinearlyBetweenOrderStatistics() {
        // n = 4: Q1 at h = 0.75 -> 1 + 0.75 * (2 - 1); Q3 at h = 2.25 -> 3 + 0.25 * (4 - 3)
        OutlierFences fences = OutlierDetector.iqrFences(new double[] {4, 3, 2, 1}, 1.0);

        assertEquals(1.75, fences.low());
        assertEquals(3.25, fences.high());
        assertEquals(0.25, fences.lowerBound());
        assertEquals(4.75, fences.upperBound());
    }

    @Test
    void quantile_matchesTheType7Definition() {
        double[] sorted = {10, 20, 30, 40, 50};

        assertEquals(10.0, OutlierDetector.quantile(sorted, 0));
        assertEquals(30.0, OutlierDetector.quantile(sorted, 0.5));
        assertEquals(46.0, OutlierDetector.quantile(sorted, 0.9));
        assertEquals(50.0, OutlierDetector.quantile(sorted, 1));
        assertThrows(IllegalArgumentException.class, () -> OutlierDetector.quantile(sorted, 1.5));
    }

    @Test
    void detectors_ignoreNaN_andNeverFlagIt() {
        double[] x = {Double.NaN, 4, 100, 1, 3, 2};

        assertEquals(List.of(2), OutlierDetector.iqr(x, 1.5));
        assertEquals(List.of(2), OutlierDetector.zScore(x, 1.5));
        assertEquals(List.of(), OutlierDetector.iqr(new double[] {Double.NaN}, 1.5));
    }

    @Test
    void zeroSpread_flagsAnyDifferentValue_butNotEqualOnes() {
        assertEquals(List.of(4), OutlierDetector.iqr(new double[] {5, 5, 5, 5, 6}, 1.5));
        assertEquals(List.of(), OutlierDetector.zScore(new double[] {3, 3, 3}, 3));
        assertEquals(Double.POSITIVE_INFINITY, OutlierDetector.iqrFences(new double[] {5, 5, 5, 5, 6}, 1.5).score(6));
    }
}
