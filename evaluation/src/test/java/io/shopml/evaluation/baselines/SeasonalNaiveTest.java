package io.shopml.evaluation.baselines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shopml.datasets.timeseries.TimeSeries;
import io.shopml.evaluation.forecast.ForecastResult;
import io.shopml.evaluation.forecast.SyntheticSeries;
import io.shopml.evaluation.metrics.ForecastMetrics;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SeasonalNaiveTest {

    private static final double[] PATTERN = {5, 9, 14, 20, 18, 12, 7, 3, 4, 8, 11, 25};

    @Test
    void forecast_ofAPeriodicSeries_isExact_soItsMaseIsZero() {
        // periodic except for a one-off promotion in the first year: without it every in-sample
        // seasonal difference would be 0 and MASE undefined
        TimeSeries series = SyntheticSeries.monthly("periodic", 60, t -> PATTERN[t % 12] + (t == 5 ? 30 : 0));
        TimeSeries history = series.head(42);
        double[] actual = Arrays.copyOfRange(series.values(), 42, 60);

        ForecastResult result = new SeasonalNaive().forecast(history, 18);

        assertArrayEquals(actual, result.point(), 0);
        assertEquals(0.0, ForecastMetrics.mase(actual, result.point(), history.values(), 12), 0);
    }

    @Test
    void interval_growsWithTheSquareRootOfTheSeasonsReachedBack() {
        // the second year is the first plus 2 everywhere: every in-sample seasonal residual is 2, so sigma = 2
        TimeSeries history = SyntheticSeries.monthly("shifted", 24, t -> PATTERN[t % 12] + (t >= 12 ? 2 : 0));

        ForecastResult result = new SeasonalNaive().forecast(history, 13);

        assertEquals(PATTERN[0] + 2, result.point()[0], 0);
        assertEquals(1.959963984540054 * 2, result.upper()[0] - result.point()[0], 1e-12);
        assertEquals(1.959963984540054 * 2, result.point()[11] - result.lower()[11], 1e-12);
        assertEquals(1.959963984540054 * 2 * Math.sqrt(2), result.upper()[12] - result.point()[12], 1e-12);
    }

    @Test
    void forecast_fromExactlyOneSeason_hasNoInterval() {
        ForecastResult result = new SeasonalNaive().forecast(SyntheticSeries.monthly("one-year", 12, t -> PATTERN[t]), 3);

        assertArrayEquals(new double[] {5, 9, 14}, result.point(), 0);
        assertFalse(result.hasInterval());
    }

    @Test
    void forecast_refusesLessThanOneSeason_namingTheSeries() {
        TimeSeries shortSeries = SyntheticSeries.monthly("store-7", 11, t -> t);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new SeasonalNaive().forecast(shortSeries, 3));

        assertTrue(error.getMessage().contains("'store-7' has 11"), error.getMessage());
    }
}
