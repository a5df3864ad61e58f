package io.shopml.datasets.timeseries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shopml.datasets.BundledDatasets;
import io.shopml.datasets.DatasetException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SalesCsvReaderTest {

    @TempDir
    Path dir;

    @Test
    void read_twoColumnMonthlyFile_isOneSeriesNamedAfterTheFile() throws Exception {
        Path csv = Files.writeString(dir.resolve("shop.csv"), "month,units\n2020-01,10\n2020-02,11.5\n2020-03,\n");

        List<TimeSeries> series = new SalesCsvReader().read(csv);

        assertEquals(1, series.size());
        TimeSeries shop = series.get(0);
        assertEquals("shop", shop.id());
        assertEquals(Frequency.MONTHLY, shop.frequency());
        assertEquals(List.of(date("2020-01-01"), date("2020-02-01"), date("2020-03-01")), shop.dates());
        assertArrayEquals(new double[] {10, 11.5, Double.NaN}, shop.values());
    }

    @Test
    void read_threeColumnDailyFile_givesOneSeriesPerId_inOrderOfFirstAppearance() {
        String csv = """
                date,series_id,value
                2024-01-01,north,1
                2024-01-01,south,5
                2024-01-02,north,2
                2024-01-02,south,6
                2024-01-03,north,3
                """;

        List<TimeSeries> series = read(new SalesCsvReader(), csv);

        assertEquals(List.of("north", "south"), series.stream().map(TimeSeries::id).toList());
        assertEquals(Frequency.DAILY, series.get(0).frequency());
        assertArrayEquals(new double[] {1, 2, 3}, series.get(0).values());
        assertEquals(List.of(date("2024-01-01"), date("2024-01-02")), series.get(1).dates());
    }

    @Test
    void read_conventionalHeaderInAnotherOrder_isTakenByName() {
        String csv = "value,date,series_id\n3,2024-03-01,north\n4,2024-03-02,north\n";

        TimeSeries north = read(new SalesCsvReader(), csv).get(0);

        assertEquals("north", north.id());
        assertArrayEquals(new double[] {3, 4}, north.values());
    }

    @Test
    void read_namedColumns_areFoundIgnoringCaseAndOrder() {
        String csv = """
                Region,Day,Units,Note
                north,2024-03-01,3,x
                north,2024-03-02,4,y
                """;

        List<TimeSeries> series = read(new SalesCsvReader().dateColumn("day").valueColumn("units").seriesColumn("region"),
                csv);

        assertEquals("north", series.get(0).id());
        assertArrayEquals(new double[] {3, 4}, series.get(0).values());
    }

    @Test
    void read_onlyValueColumnNamed_takesTheDateColumnByItsConventionalName() {
        String csv = "\"date\",\"sales_musd\"\n1992-01-01,3459\n1992-02-01,3458\n";

        TimeSeries series = read(new SalesCsvReader().valueColumn("sales_musd"), csv).get(0);

        assertArrayEquals(new double[] {3459, 3458}, series.values());
    }

    @Test
    void read_keepsUnsortedAndRepeatedRowsInFileOrder_forTheCleaner() {
        String csv = "date,value\n2020-03,3\n2020-01,1\n2020-03,30\n2020-02,2\n";

        TimeSeries series = read(new SalesCsvReader(), csv).get(0);

        assertEquals(List.of(date("2020-03-01"), date("2020-01-01"), date("2020-03-01"), date("2020-02-01")),
                series.dates());
        assertArrayEquals(new double[] {3, 1, 30, 2}, series.values());
    }

    @Test
    void read_missingMarkers_becomeNaN() {
        String csv = "date,value\n2020-01,1\n2020-02,NA\n2020-03,NaN\n2020-04,\n2020-05,-2.5e1\n";

        assertArrayEquals(new double[] {1, Double.NaN, Double.NaN, Double.NaN, -25},
                read(new SalesCsvReader(), csv).get(0).values());
    }

    @Test
    void read_ignoresAByteOrderMarkAndBlankLines() {
        String csv = "\uFEFFdate,value\n2020-01,1\n\n2020-02,2\n";

        TimeSeries series = read(new SalesCsvReader().dateColumn("date"), csv).get(0);

        assertArrayEquals(new double[] {1, 2}, series.values());
    }

    @Test
    void read_badNumber_namesSourceLineColumnAndValue() {
        String csv = "date,sales\n2020-01,1\n\n2020-02,abc\n";

        DatasetException error = assertThrows(DatasetException.class, () -> read(new SalesCsvReader(), csv));

        assertEquals("drinks.csv line 4, column 'sales': 'abc' is not a number", error.getMessage());
    }

    @Test
    void read_javaOnlyNumberSyntax_isNotANumber() {
        DatasetException error = assertThrows(DatasetException.class,
                () -> read(new SalesCsvReader(), "date,sales\n2020-01,1d\n"));

        assertEquals("drinks.csv line 2, column 'sales': '1d' is not a number", error.getMessage());
    }

    @Test
    void read_badDate_namesTheExpectedFormats() {
        DatasetException error = assertThrows(DatasetException.class,
                () -> read(new SalesCsvReader(), "date,value\n2020/01/01,1\n"));

        assertEquals("drinks.csv line 2, column 'date': '2020/01/01' is not a date (expected YYYY-MM or YYYY-MM-DD)",
                error.getMessage());
    }

    @Test
    void read_impossibleCalendarDate_isReportedAsSuch() {
        DatasetException error = assertThrows(DatasetException.class,
                () -> read(new SalesCsvReader(), "date,value\n2021-01-01,1\n2021-02-30,2\n"));

        assertEquals("drinks.csv line 3, column 'date': '2021-02-30' is not a valid calendar date", error.getMessage());
    }

    @Test
    void read_missingNamedColumn_listsTheHeader() {
        DatasetException error = assertThrows(DatasetException.class,
                () -> read(new SalesCsvReader().dateColumn("month"), "date,value\n2020-01,1\n"));

        assertEquals("drinks.csv: no date column 'month' in header [date, value]", error.getMessage());
    }

    @Test
    void read_fourColumnsWithoutNames_asksForColumnNames_listingTheHeader() {
        DatasetException error = assertThrows(DatasetException.class,
                () -> read(new SalesCsvReader(), "a,b,c,d\n2020-01,x,1,y\n"));

        assertEquals("drinks.csv: header [a, b, c, d] has 4 columns; without column names a sales CSV must be"
                + " date,value (2 columns) or date,series_id,value (3 columns): name the columns to use instead",
                error.getMessage());
    }

    @Test
    void read_rowWithTheWrongNumberOfFields_isRefused() {
        DatasetException error = assertThrows(DatasetException.class,
                () -> read(new SalesCsvReader(), "date,value\n2020-01,1\n2020-02,2,3\n"));

        assertEquals("drinks.csv line 3: expected 2 fields as in the header [date, value] but found 3",
                error.getMessage());
    }

    @Test
    void read_emptySeriesId_isRefused() {
        DatasetException error = assertThrows(DatasetException.class,
                () -> read(new SalesCsvReader(), "date,series_id,value\n2020-01,,1\n"));

        assertEquals("drinks.csv line 2, column 'series_id': the series id is empty", error.getMessage());
    }

    @Test
    void read_weeklySeries_namesTheSeriesWhoseFrequencyIsUnclear() {
        String csv = "date,series_id,value\n2024-01-01,a,1\n2024-01-02,a,2\n2024-01-01,b,1\n2024-01-08,b,2\n";

        DatasetException error = assertThrows(DatasetException.class, () -> read(new SalesCsvReader(), csv));

        assertEquals("drinks.csv, series 'b': dates are neither daily nor monthly: the closest two, 2024-01-01 and"
                + " 2024-01-08, are 7 days apart (expected 1 day, or 1 calendar month with one date per month)",
                error.getMessage());
    }

    @Test
    void read_emptyInputAndHeaderOnly_areRefused() {
        assertEquals("drinks.csv is empty: expected a header line such as date,value",
                assertThrows(DatasetException.class, () -> read(new SalesCsvReader(), "")).getMessage());
        assertEquals("drinks.csv has a header [date, value] but no data rows",
                assertThrows(DatasetException.class, () -> read(new SalesCsvReader(), "date,value\n")).getMessage());
    }

    @Test
    void read_missingFile_saysItDoesNotExist() {
        Path missing = dir.resolve("nope.csv");

        DatasetException error = assertThrows(DatasetException.class, () -> new SalesCsvReader().read(missing));

        assertEquals(missing + " does not exist", error.getMessage());
    }

    @Test
    void read_bundledDrinks_isOneMonthlySeriesOf309Values_1992to2017() {
        Path csv = BundledDatasets.extract(BundledDatasets.DRINKS_SALES, dir);

        List<TimeSeries> series = new SalesCsvReader().read(csv);

        assertEquals(1, series.size());
        TimeSeries drinks = series.get(0);
        assertEquals("drinks_sales_monthly", drinks.id());
        assertEquals(Frequency.MONTHLY, drinks.frequency());
        assertEquals(309, drinks.size());
        assertEquals(date("1992-01-01"), drinks.dates().get(0));
        assertEquals(date("2017-09-01"), drinks.lastDate());
        assertEquals(3459, drinks.value(0));
        assertEquals(11917, drinks.value(308));
        assertTrue(drinks.isRegular());
    }

    private static List<TimeSeries> read(SalesCsvReader reader, String csv) {
        return reader.read(new StringReader(csv), "drinks.csv");
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
