package io.shopml.evaluation.baselines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shopml.datasets.timeseries.TimeSeries;
import io.shopml.evaluation.forecast.ForecastResult;
import io.shopml.evaluation.forecast.SyntheticSeries;
import io.shopml.evaluation.metrics.ForecastMetrics;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HoltWintersTest {

    /** Seasonal offsets summing to zero. */
    private static final double[] OFFSETS = {-20, -12, -3, 6, 14, 22, 18, 9, 0, -8, -11, -15};

    @Test
    void additive_recoversANoiselessLinearTrendPlusAdditiveSeason_nearlyExactly() {
        TimeSeries series = SyntheticSeries.monthly("clean", 72, t -> 200 + 3 * t + OFFSETS[t % 12]);
        double[] future = Arrays.copyOfRange(series.values(), 60, 72);

        ForecastResult result = HoltWinters.additive().forecast(series.head(60), 12);

        assertArrayEquals(future, result.point(), 1e-6);
    }

    @Test
    void additive_beatsSeasonalNaiveInMase_onANoisyTrendingSeasonalSeries() {
        TimeSeries series = SyntheticSeries.trendingSeasonal("trending", 84, 100, 2.5, 25, 4, 7);
        TimeSeries history = series.head(72);
        double[] future = Arrays.copyOfRange(series.values(), 72, 84);

        double holtWinters = ForecastMetrics.mase(future, HoltWinters.additive().forecast(history, 12).point(),
                history.values(), 12);
        double seasonalNaive = ForecastMetrics.mase(future, new SeasonalNaive().forecast(history, 12).point(),
                history.values(), 12);

        assertTrue(holtWinters < 0.5 * seasonalNaive,
                "Holt-Winters MASE " + holtWinters + " vs seasonal naive " + seasonalNaive);
    }

    @Test
    void auto_choosesMultiplicative_whenTheSeasonalSwingGrowsWithTheLevel() {
        Random noise = new Random(3);
        TimeSeries series = SyntheticSeries.monthly("growing-swing", 72,
                t -> (100 + 4 * t) * (1 + 0.35 * Math.sin(2 * Math.PI * t / 12)) + 0.5 * noise.nextGaussian());

        ForecastResult auto = HoltWinters.auto().forecast(series, 12);
        ForecastResult multiplicative = HoltWinters.multiplicative().forecast(series, 12);

        assertArrayEquals(multiplicative.point(), auto.point(), 0);
    }

    @Test
    void auto_fallsBackToAdditive_whenAValueIsZero() {
        TimeSeries series = SyntheticSeries.monthly("with-zero", 48, t -> t == 30 ? 0 : 50 + t + OFFSETS[t % 12]);

        assertArrayEquals(HoltWinters.additive().forecast(series, 6).point(),
                HoltWinters.auto().forecast(series, 6).point(), 0);
    }

    @Test
    void multiplicative_refusesAZeroValue_namingTheSeriesAndIndex() {
        TimeSeries series = SyntheticSeries.monthly("store-3", 48, t -> t == 30 ? 0 : 50 + t + OFFSETS[t % 12]);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> HoltWinters.multiplicative().forecast(series, 6));

        assertTrue(error.getMessage().contains("'store-3'") && error.getMessage().contains("index 30 is 0.0"),
                error.getMessage());
    }

    @Test
    void forecast_refusesAHistoryShorterThanTwoSeasons() {
        TimeSeries series = SyntheticSeries.monthly("short", 23, t -> 10 + t);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> HoltWinters.additive().forecast(series, 6));

        assertTrue(error.getMessage().contains("two full seasons (24 values)") && error.getMessage().contains("got 23"),
                error.getMessage());
    }

    @Test
    void damped_growsLessOverAYearAheadThanTheUndampedTrend() {
        TimeSeries series = SyntheticSeries.trendingSeasonal("trending", 72, 100, 2.5, 25, 4, 11);
        HoltWinters damped = HoltWinters.additive().damped();

        double[] undampedPoint = HoltWinters.additive().forecast(series, 24).point();
        double[] dampedPoint = damped.forecast(series, 24).point();

        assertEquals("holt-winters-additive-damped", damped.name());
        assertTrue(dampedPoint[23] - dampedPoint[11] < undampedPoint[23] - undampedPoint[11]);
    }

    @Test
    void additiveInterval_startsAt196SigmaOfTheInSampleErrors_andWidensWithTheHorizon() {
        double[] values = SyntheticSeries.trendingSeasonal("noisy", 60, 100, 1, 20, 3, 5).values();
        HoltWintersFit fit = HoltWintersFitter.fit(values, 12, new HoltWintersForm(Seasonality.ADDITIVE, false));

        ForecastResult result = fit.forecast(18);

        assertEquals(1.959963984540054 * Math.sqrt(fit.sse() / 60), result.upper()[0] - result.point()[0], 1e-9);
        for (int h = 1; h < 18; h++) {
            assertTrue(result.upper()[h] - result.lower()[h] > result.upper()[h - 1] - result.lower()[h - 1],
                    "interval at step " + (h + 1) + " is not wider than at step " + h);
        }
    }

    @Test
    void multiplicativeInterval_isSimulated_andContainsThePointForecast() {
        Random noise = new Random(9);
        double[] values = SyntheticSeries.monthly("growing-swing", 60,
                t -> (100 + 4 * t) * (1 + 0.35 * Math.sin(2 * Math.PI * t / 12)) + 2 * noise.nextGaussian()).values();
        HoltWintersFit fit = HoltWintersFitter.fit(values, 12, new HoltWintersForm(Seasonality.MULTIPLICATIVE, false));

        ForecastResult first = fit.forecast(12);
        ForecastResult again = fit.forecast(12);

        for (int h = 0; h < 12; h++) {
            assertTrue(first.lower()[h] < first.point()[h] && first.point()[h] < first.upper()[h], "step " + (h + 1));
        }
        assertArrayEquals(first.upper(), again.upper(), 0, "the simulation is seeded, so intervals repeat");
    }
}
