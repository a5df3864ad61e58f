package io.shopml.evaluation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ForecastMetricsTest {

    @Test
    void mae_isTheMeanAbsoluteDifference() {
        // |1-2| + |2-2| + |3-1| = 3, over 3 values
        assertEquals(1.0, ForecastMetrics.mae(new double[] {1, 2, 3}, new double[] {2, 2, 1}), 1e-12);
    }

    @Test
    void smape_countsABothZeroTermAsZero_andAMissedSaleAs200() {
        // terms: 200*20/220 = 200/11, 0 (0/0), 200*50/50 = 200 -> mean (200/11 + 200) / 3 = 800/11
        double smape = ForecastMetrics.smape(new double[] {100, 0, 50}, new double[] {120, 0, 0});
        assertEquals(800.0 / 11, smape, 1e-9);
    }

    @Test
    void smape_ofAPerfectForecastIsZero() {
        assertEquals(0.0, ForecastMetrics.smape(new double[] {3, 0, 7}, new double[] {3, 0, 7}), 0);
    }

    @Test
    void mase_scalesByTheInSampleSeasonalNaiveError() {
        // in-sample, season 2: |14-10| = 4, |26-20| = 6, |12-14| = 2 -> scale 12/3 = 4
        // forecast errors: |30-29| = 1, |16-14| = 2 -> MAE 1.5 -> MASE 1.5/4 = 0.375
        double mase = ForecastMetrics.mase(new double[] {30, 16}, new double[] {29, 14},
                new double[] {10, 20, 14, 26, 12}, 2);
        assertEquals(0.375, mase, 1e-12);
    }

    @Test
    void mase_fallsBackToLagOne_whenTheHistoryIsShorterThanOneSeasonPlusOne() {
        // season 12 needs 13 values; with 2 the scale is |7-5| = 2; MAE |6-9| = 3 -> 1.5
        double mase = ForecastMetrics.mase(new double[] {6}, new double[] {9}, new double[] {5, 7}, 12);
        assertEquals(1.5, mase, 1e-12);
    }

    @Test
    void mase_rejectsAFlatHistory_becauseItsScaleIsZero() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ForecastMetrics.mase(new double[] {1}, new double[] {2}, new double[] {4, 4, 4, 4}, 2));
        assertTrue(error.getMessage().contains("y_(t-2)"), error.getMessage());
    }

    @Test
    void coverage_countsValuesOnTheBoundsAsInside() {
        // 1 in [0,2]: in; 5 in [5,6]: in (on the bound); 10 in [11,12]: out; 3 in [0,2]: out
        double coverage = ForecastMetrics.coverage(new double[] {1, 5, 10, 3}, new double[] {0, 5, 11, 0},
                new double[] {2, 6, 12, 2});
        assertEquals(0.5, coverage, 0);
    }

    @Test
    void everyMetric_rejectsALengthMismatch_namingBothLengths() {
        double[] three = {1, 2, 3};
        double[] two = {1, 2};
        for (Runnable call : new Runnable[] {
                () -> ForecastMetrics.mae(three, two),
                () -> ForecastMetrics.smape(three, two),
                () -> ForecastMetrics.mase(three, two, three, 1),
                () -> ForecastMetrics.coverage(three, three, two)}) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, call::run);
            assertTrue(error.getMessage().contains("3 values") && error.getMessage().contains("has 2"),
                    error.getMessage());
        }
    }
}
