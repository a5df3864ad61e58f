package io.shopml.evaluation.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ClassificationMetricsTest {

    @Test
    void of_countsTheConfusionMatrixAndMatchesHandComputedScores() {
        int[] actual = {0, 0, 0, 1, 1};
        float[][] p = {{0.9f, 0.1f}, {0.6f, 0.4f}, {0.3f, 0.7f}, {0.2f, 0.8f}, {0.65f, 0.35f}};

        ClassificationMetrics m = ClassificationMetrics.of(List.of("great", "other"), actual, p);

        assertArrayEquals(new long[] {2, 1}, m.confusion()[0]);
        assertArrayEquals(new long[] {1, 1}, m.confusion()[1]);
        assertEquals(0.6, m.accuracy(), 1e-12);
        // F1(great) = 2*2/(4+1+1) = 2/3, F1(other) = 2/(2+1+1) = 1/2
        assertEquals((2.0 / 3 + 0.5) / 2, m.macroF1(), 1e-12);
        // class 0 scores: positives 0.9, 0.6, 0.3 vs negatives 0.2, 0.65: wins 2+1+1 = 4 of 6
        assertEquals(4.0 / 6, m.rocAuc(), 1e-12);
    }

    @Test
    void precisionAndRecall_perClass_fromTheConfusionMatrix() {
        int[] actual = {0, 0, 0, 1, 1};
        float[][] p = {{0.9f, 0.1f}, {0.6f, 0.4f}, {0.3f, 0.7f}, {0.2f, 0.8f}, {0.65f, 0.35f}};

        ClassificationMetrics m = ClassificationMetrics.of(List.of("great", "other"), actual, p);

        assertEquals(2.0 / 3, m.precision(0), 1e-12);  // predicted great: 2 right of 3
        assertEquals(2.0 / 3, m.recall(0), 1e-12);     // actual great: 2 found of 3
        assertEquals(0.5, m.precision(1), 1e-12);
        assertEquals(0.5, m.recall(1), 1e-12);
    }

    @Test
    void precisionAndRecall_areZeroForAClassNeverPredictedOrPresent() {
        ClassificationMetrics m = ClassificationMetrics.of(List.of("a", "b", "c"), new int[] {0, 1},
                new float[][] {{1, 0, 0}, {0, 1, 0}});

        assertEquals(0, m.precision(2), 1e-12);
        assertEquals(0, m.recall(2), 1e-12);
    }

    @Test
    void rocAuc_countsTiesAsHalf() {
        assertEquals(0.5, ClassificationMetrics.oneVsRestAuc(new int[] {0, 1}, new float[][] {{0.5f, 0.5f},
                {0.5f, 0.5f}}, 0), 1e-12);
    }
}
