package io.shopml.evaluation.metrics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassificationMetricsTest {

    private static final int[] ACTUAL = {0, 0, 0, 1, 1, 2};
    private static final int[] PREDICTED = {0, 0, 1, 1, 2, 2};

    @Test
    void confusionMatrix_countsActualByPredicted() {
        assertArrayEquals(new long[][] {{2, 1, 0}, {0, 1, 1}, {0, 0, 1}},
                ClassificationMetrics.confusionMatrix(ACTUAL, PREDICTED, 3));
    }

    @Test
    void accuracy_isShareCorrect() {
        assertEquals(4.0 / 6, ClassificationMetrics.accuracy(ACTUAL, PREDICTED), 1e-12);
    }

    @Test
    void macroF1_isMeanOfPerClassF1() {
        // F1 = 2TP / (actual + predicted): class 0 4/5, class 1 2/4, class 2 2/3
        double expected = (0.8 + 0.5 + 2.0 / 3) / 3;
        assertEquals(expected, ClassificationMetrics.macroF1(ACTUAL, PREDICTED, 3), 1e-12);
    }

    @Test
    void macroF1_ignoresClassesThatNeverOccur() {
        assertEquals(ClassificationMetrics.macroF1(ACTUAL, PREDICTED, 3),
                ClassificationMetrics.macroF1(ACTUAL, PREDICTED, 5), 1e-12);
    }

    @Test
    void rocAuc_isShareOfCorrectlyOrderedPairs() {
        // pairs (positive, negative): (0.9,0.8) right, (0.9,0.3) right, (0.4,0.8) wrong, (0.4,0.3) right
        assertEquals(0.75, ClassificationMetrics.rocAuc(new boolean[] {true, false, true, false},
                new double[] {0.9, 0.8, 0.4, 0.3}), 1e-12);
    }

    @Test
    void rocAuc_countsTiesAsHalf() {
        // (0.7, 0.5) right, (0.5, 0.5) tie
        assertEquals(0.75, ClassificationMetrics.rocAuc(new boolean[] {true, true, false},
                new double[] {0.7, 0.5, 0.5}), 1e-12);
        assertEquals(0.5, ClassificationMetrics.rocAuc(new boolean[] {true, false}, new double[] {0.5, 0.5}), 1e-12);
    }

    @Test
    void rocAuc_oneClassOnly_saysBothAreNeeded() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.rocAuc(new boolean[] {true, true}, new double[] {0.1, 0.2}));
        assertTrue(e.getMessage().contains("both classes"), e.getMessage());
    }

    @Test
    void confusionMatrix_labelOutOfRange_namesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.confusionMatrix(new int[] {0, 3}, new int[] {0, 1}, 2));
        assertEquals("actual[1] is 3, expected a class in 0..1", e.getMessage());
    }
}
