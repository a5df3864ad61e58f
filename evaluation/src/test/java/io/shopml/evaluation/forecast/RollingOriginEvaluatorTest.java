package io.shopml.evaluation.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shopml.datasets.timeseries.TimeSeries;
import io.shopml.evaluation.baselines.HoltWinters;
import io.shopml.evaluation.baselines.SeasonalNaive;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RollingOriginEvaluatorTest {

    private final RollingOriginEvaluator evaluator = new RollingOriginEvaluator();

    @Test
    void evaluate_forecastsFromHPlusOneOriginsPerSeries_withTheHistoriesBeforeEachOrigin() {
        RecordingForecaster spy = new RecordingForecaster("spy", 1);
        List<TimeSeries> series = List.of(SyntheticSeries.monthly("a", 60, t -> t), SyntheticSeries.monthly("b", 66, t -> t));

        ForecastEvaluation evaluation = evaluator.evaluate(series, 6, List.of(spy));

        assertEquals(2 * 7, evaluation.scores().get(0).forecasts());
        List<Integer> lengths = spy.histories.stream().map(TimeSeries::size).toList();
        assertEquals(List.of(48, 49, 50, 51, 52, 53, 54, 54, 55, 56, 57, 58, 59, 60), lengths);
    }

    @Test
    void evaluate_neverShowsAModelAValueAtOrAfterItsOrigin() {
        RecordingForecaster spy = new RecordingForecaster("spy", 1);
        TimeSeries series = SyntheticSeries.trendingSeasonal("s", 50, 100, 1, 10, 2, 1);

        evaluator.evaluate(List.of(series), 5, List.of(spy));

        for (TimeSeries history : spy.histories) {
            int origin = history.size();
            assertTrue(origin <= series.size() - 5, "history of " + origin + " leaves no room for 5 targets");
            assertTrue(history.lastDate().isBefore(series.dates().get(origin)));
            assertArrayEquals(Arrays.copyOf(series.values(), origin), history.values(), 0,
                    "history before origin " + origin + " is not exactly the series' first values");
        }
    }

    @Test
    void evaluate_averagesHandComputableScores_overAllOrigins() {
        // y_t = t: "last value" forecasts miss step h by h, so MAE = (1+...+6)/6 = 3.5 at every origin;
        // the in-sample seasonal difference is always 12, so MASE = 3.5/12; the interval +-3 holds
        // steps 1..3 of 6, so coverage is 0.5
        RecordingForecaster lastValue = new RecordingForecaster("last-value", 3);
        RecordingForecaster pointOnly = new RecordingForecaster("point-only", Double.NaN);

        ForecastEvaluation evaluation = evaluator.evaluate(List.of(SyntheticSeries.monthly("line", 40, t -> t + 1)), 6,
                List.of(lastValue, pointOnly));

        ModelScore score = evaluation.scores().get(0);
        assertEquals("last-value", score.model());
        assertEquals(3.5, score.mae(), 1e-12);
        assertEquals(3.5 / 12, score.mase(), 1e-12);
        assertEquals(0.5, score.coverage(), 1e-12);
        assertEquals(7, score.forecasts());
        assertFalse(evaluation.scores().get(1).hasCoverage());
    }

    @Test
    void evaluate_keepsTheLastOriginsForecasts_nextToTheActualsAndDates() {
        RecordingForecaster spy = new RecordingForecaster("spy", 1);
        TimeSeries series = SyntheticSeries.monthly("a", 40, t -> 10 + t);

        ForecastEvaluation evaluation = evaluator.evaluate(List.of(series), 6, List.of(spy));

        SeriesForecasts last = evaluation.lastOrigin().get(0);
        assertEquals("a", last.seriesId());
        assertEquals(series.dates().subList(34, 40), last.dates());
        assertArrayEquals(new double[] {44, 45, 46, 47, 48, 49}, last.actual(), 0);
        assertArrayEquals(new double[] {43, 43, 43, 43, 43, 43}, last.forecasts().get("spy").point(), 0);
    }

    @Test
    void evaluate_skipsSeriesShorterThanTwoHorizonsPlusTwoSeasons() {
        RecordingForecaster spy = new RecordingForecaster("spy", 1);
        List<TimeSeries> series = List.of(SyntheticSeries.monthly("long", 36, t -> t),
                SyntheticSeries.monthly("short", 35, t -> t));

        ForecastEvaluation evaluation = evaluator.evaluate(series, 6, List.of(spy));

        assertEquals(List.of("long"), evaluation.lastOrigin().stream().map(SeriesForecasts::seriesId).toList());
        assertEquals(7, evaluation.scores().get(0).forecasts());
    }

    @Test
    void evaluate_refusesWhenNoSeriesIsLeft_namingEachSkippedSeries() {
        List<TimeSeries> series = List.of(SyntheticSeries.monthly("tiny", 20, t -> t),
                SyntheticSeries.monthly("flat", 48, t -> 5));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> evaluator.evaluate(series, 6, List.of(new SeasonalNaive())));

        assertTrue(error.getMessage().contains("'tiny' has 20 values, needs 2*6 + 2 seasons = 36"), error.getMessage());
        assertTrue(error.getMessage().contains("'flat' does not vary"), error.getMessage());
    }

    @Test
    void evaluate_namesTheModelSeriesAndOrigin_whenAModelFails() {
        TimeSeries withZero = SyntheticSeries.monthly("store-9", 48, t -> t == 40 ? 0 : 10 + t % 12 + 0.5 * t);

        ForecastEvaluationException error = assertThrows(ForecastEvaluationException.class,
                () -> evaluator.evaluate(List.of(withZero), 6, List.of(HoltWinters.multiplicative())));

        assertTrue(error.getMessage().startsWith("model 'holt-winters-multiplicative' on series 'store-9' from origin"
                + " 2018-06-01 (history of 41 values) failed"), error.getMessage());
        assertSame(IllegalArgumentException.class, error.getCause().getClass());
    }

    @Test
    void evaluate_ranksHoltWintersAboveSeasonalNaive_onTrendingSeasonalSeries() {
        List<TimeSeries> series = IntStream.range(0, 3)
                .mapToObj(i -> SyntheticSeries.trendingSeasonal("s" + i, 72, 100 + 20 * i, 2, 20, 3, i))
                .toList();

        ForecastEvaluation evaluation = evaluator.evaluate(series, 12,
                List.of(new SeasonalNaive(), HoltWinters.additive()));

        ModelScore naive = evaluation.scores().get(0);
        ModelScore holtWinters = evaluation.scores().get(1);
        assertTrue(holtWinters.mase() < naive.mase(), "Holt-Winters " + holtWinters + " vs " + naive);
        assertEquals(3 * 13, holtWinters.forecasts());
    }
}
