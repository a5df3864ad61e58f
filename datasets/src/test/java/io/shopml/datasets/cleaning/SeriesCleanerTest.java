package io.shopml.datasets.cleaning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shopml.datasets.BundledDatasets;
import io.shopml.datasets.DatasetException;
import io.shopml.datasets.timeseries.Frequency;
import io.shopml.datasets.timeseries.SalesCsvReader;
import io.shopml.datasets.timeseries.TimeSeries;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesCleanerTest {

    private static final CleaningOptions NO_OUTLIERS = CleaningOptions.defaults().withOutlierMethod(OutlierMethod.NONE);
    private static final LocalDate START = LocalDate.of(2010, 1, 1);
    private static final int SPIKE = 50;

    @TempDir
    Path dir;

    @Test
    void clean_sortsDates_andDropsDuplicates_keepingTheLaterRow() {
        TimeSeries raw = monthly(List.of("2020-03", "2020-01", "2020-02", "2020-02"), 3, 1, 2, 20);

        CleaningResult result = new SeriesCleaner(NO_OUTLIERS).clean(raw);

        assertEquals(List.of(month("2020-01"), month("2020-02"), month("2020-03")), result.series().dates());
        assertArrayEquals(new double[] {1, 20, 3}, result.series().values());
        assertEquals(List.of(month("2020-02")), result.report().duplicatesDropped());
        assertEquals(List.of(), result.report().filledDates());
    }

    @Test
    void clean_fillsACalendarGap_byLinearInterpolation() {
        TimeSeries raw = monthly(List.of("2020-01", "2020-02", "2020-05"), 10, 20, 50);

        CleaningResult result = new SeriesCleaner(NO_OUTLIERS).clean(raw);

        assertArrayEquals(new double[] {10, 20, 30, 40, 50}, result.series().values());
        assertEquals(List.of(month("2020-03"), month("2020-04")), result.report().filledDates());
        assertTrue(result.series().isRegular());
    }

    @Test
    void clean_fillsMissingEdges_withTheNearestValue() {
        TimeSeries raw = monthly(List.of("2020-01", "2020-02", "2020-03", "2020-04"), Double.NaN, 5, 7, Double.NaN);

        CleaningResult result = new SeriesCleaner(NO_OUTLIERS).clean(raw);

        assertArrayEquals(new double[] {5, 5, 7, 7}, result.series().values());
        assertEquals(List.of(month("2020-01"), month("2020-04")), result.report().filledDates());
    }

    @Test
    void clean_previousFill_carriesTheLastValueForward() {
        TimeSeries raw = monthly(List.of("2020-01", "2020-02", "2020-03", "2020-04", "2020-05"),
                Double.NaN, 1, Double.NaN, Double.NaN, 4);

        CleaningResult result = new SeriesCleaner(NO_OUTLIERS.withFillMethod(FillMethod.PREVIOUS)).clean(raw);

        assertArrayEquals(new double[] {1, 1, 1, 1, 4}, result.series().values());
    }

    @Test
    void clean_seasonalFill_takesTheSameWeekdayAWeekEarlier_andInterpolatesInTheFirstWeek() {
        double[] values = {10, 11, 12, 13, 14, 50, 60, 10, 11, 12, 13, 14, Double.NaN, 60};
        values[2] = Double.NaN;
        TimeSeries raw = daily(values);

        CleaningResult result = new SeriesCleaner(NO_OUTLIERS.withFillMethod(FillMethod.SEASONAL)).clean(raw);

        assertEquals(12, result.series().value(2));
        assertEquals(50, result.series().value(12));
    }

    @Test
    void clean_plantedSpike_isFlaggedByZScore_andByIqr() {
        TimeSeries raw = withSpike(seasonalTrending(96, 0.01, 7));

        for (OutlierMethod method : List.of(OutlierMethod.ZSCORE, OutlierMethod.IQR)) {
            CleaningReport report = new SeriesCleaner(CleaningOptions.defaults().withOutlierMethod(method))
                    .clean(raw).report();

            assertEquals(1, report.outliers().size(), method + ": " + report.summary());
            Outlier spike = report.outliers().get(0);
            assertEquals(START.plusMonths(SPIKE), spike.date());
            assertEquals(raw.value(SPIKE), spike.value());
            assertEquals(method, spike.method());
            assertTrue(spike.value() > spike.upperBound(), method + ": " + spike);
            assertTrue(spike.score() > (method == OutlierMethod.ZSCORE ? 3.0 : 1.5), method + ": " + spike);
            assertFalse(report.clipped());
        }
    }

    @Test
    void clean_withClipping_clipsTheSpikeToItsUpperBound_andLeavesTheRestAlone() {
        TimeSeries raw = withSpike(seasonalTrending(96, 0.01, 7));

        CleaningResult result = new SeriesCleaner(CleaningOptions.defaults().withClipOutliers(true)).clean(raw);

        Outlier spike = result.report().outliers().get(0);
        double[] expected = raw.values();
        expected[SPIKE] = spike.upperBound();
        assertArrayEquals(expected, result.series().values());
        assertTrue(spike.upperBound() < raw.value(SPIKE));
        assertTrue(result.report().clipped());
    }

    @Test
    void clean_growingSeasonalSeries_flagsNothing() {
        TimeSeries clean = seasonalTrending(120, 0.01, 11);

        for (OutlierMethod method : List.of(OutlierMethod.ZSCORE, OutlierMethod.IQR)) {
            CleaningReport report = new SeriesCleaner(CleaningOptions.defaults().withOutlierMethod(method))
                    .clean(clean).report();

            assertEquals(List.of(), report.outliers(), method + ": " + report.summary());
        }
    }

    @Test
    void clean_noiselessSeriesWithAGrowingSeasonalSwing_flagsNothing() {
        TimeSeries exact = seasonalTrending(60, 0.0, 1);

        CleaningReport report = new SeriesCleaner(CleaningOptions.defaults()).clean(exact).report();

        assertEquals(List.of(), report.outliers(), report.summary());
    }

    @Test
    void clean_noiselessSeriesWithAFixedSizeSeasonalSwing_flagsNothing() {
        List<LocalDate> dates = new ArrayList<>();
        double[] values = new double[60];
        for (int t = 0; t < values.length; t++) {
            dates.add(START.plusMonths(t));
            values[t] = 1000 + 5 * t + 150 * Math.sin(2 * Math.PI * t / 12);
        }

        CleaningReport report = new SeriesCleaner(CleaningOptions.defaults())
                .clean(new TimeSeries("shop", Frequency.MONTHLY, dates, values)).report();

        assertEquals(List.of(), report.outliers(), report.summary());
    }

    @Test
    void clean_bundledDrinks_staysComplete_andFlagsNoSeasonalDecemberPeak() {
        TimeSeries raw = new SalesCsvReader().read(BundledDatasets.extract(BundledDatasets.DRINKS_SALES, dir)).get(0);

        CleaningResult result = new SeriesCleaner(CleaningOptions.defaults()).clean(raw);

        assertEquals(raw, result.series());
        assertEquals(List.of(), result.report().duplicatesDropped());
        assertEquals(List.of(), result.report().filledDates());
        assertTrue(result.report().outliers().stream().noneMatch(o -> o.date().getMonth() == Month.DECEMBER),
                result.report().summary());
    }

    @Test
    void report_summary_isOneReadableLine() {
        TimeSeries raw = monthly(List.of("2020-01", "2020-02", "2020-02", "2020-04"), 10, 20, 21, 40);

        String summary = new SeriesCleaner(NO_OUTLIERS).clean(raw).report().summary();

        assertEquals("series 'shop': 1 duplicate date dropped (2020-02-01), 1 missing period filled (2020-03-01),"
                + " 0 outliers flagged", summary);
    }

    @Test
    void report_summary_describesOutliersWithTheirBounds() {
        CleaningReport report = new CleaningReport("s", List.of(), List.of(),
                List.of(new Outlier(month("2020-08"), 950, 12.5, 90.125, 130.5, OutlierMethod.IQR)), true);

        assertEquals("series 's': 0 duplicate dates dropped, 0 missing periods filled, 1 outlier flagged by IQR"
                + " (2020-08-01: 950 outside [90.125, 130.5]), clipped", report.summary());
    }

    @Test
    void clean_seriesTooShortForASeason_isStillCleaned_withoutFalseAlarms() {
        TimeSeries shortSeries = monthly(List.of("2020-01", "2020-02", "2020-04"), 10, 12, 11);

        CleaningResult result = new SeriesCleaner(CleaningOptions.defaults()).clean(shortSeries);

        assertArrayEquals(new double[] {10, 12, 11.5, 11}, result.series().values());
        assertEquals(List.of(), result.report().outliers());
    }

    @Test
    void clean_seriesWithoutAnyValue_isRefused() {
        TimeSeries raw = monthly(List.of("2020-01", "2020-02"), Double.NaN, Double.NaN);

        DatasetException error = assertThrows(DatasetException.class, () -> new SeriesCleaner(NO_OUTLIERS).clean(raw));

        assertEquals("series 'shop' has no observed value: all 2 are missing", error.getMessage());
    }

    @Test
    void clean_mistypedYear_isRefusedInsteadOfInventingDecades() {
        TimeSeries raw = monthly(List.of("2019-01", "2019-02", "2019-03", "2091-04"), 1, 2, 3, 4);

        DatasetException error = assertThrows(DatasetException.class, () -> new SeriesCleaner(NO_OUTLIERS).clean(raw));

        assertEquals("series 'shop' spans 2019-01-01..2091-04-01 (868 monthly periods) but has only 4 distinct dates:"
                + " filling would invent more than was observed; check for a mistyped date", error.getMessage());
    }

    /** Growing level and a seasonal swing that grows with it, times uniform noise of +-noise. */
    private static TimeSeries seasonalTrending(int months, double noise, long seed) {
        Random random = new Random(seed);
        List<LocalDate> dates = new ArrayList<>();
        double[] values = new double[months];
        for (int t = 0; t < months; t++) {
            dates.add(START.plusMonths(t));
            values[t] = 1000 * Math.pow(1.01, t) * (1 + 0.3 * Math.sin(2 * Math.PI * t / 12))
                    * (1 + noise * (2 * random.nextDouble() - 1));
        }
        return new TimeSeries("shop", Frequency.MONTHLY, dates, values);
    }

    private static TimeSeries withSpike(TimeSeries series) {
        double[] values = series.values();
        values[SPIKE] *= 1.6;
        return new TimeSeries(series.id(), series.frequency(), series.dates(), values);
    }

    private static TimeSeries monthly(List<String> months, double... values) {
        return new TimeSeries("shop", Frequency.MONTHLY, months.stream().map(SeriesCleanerTest::month).toList(), values);
    }

    private static TimeSeries daily(double[] values) {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            dates.add(LocalDate.of(2024, 1, 1).plusDays(i));
        }
        return new TimeSeries("shop", Frequency.DAILY, dates, values);
    }

    private static LocalDate month(String yearMonth) {
        return LocalDate.parse(yearMonth + "-01");
    }
}
