package io.shopml.datasets.synthetic;

import io.shopml.datasets.DatasetException;
import io.shopml.datasets.timeseries.Frequency;
import io.shopml.datasets.timeseries.TimeSeries;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * SYNTHETIC store sales for scale and load tests: as many stores and periods as a test needs,
 * shaped like retail sales but invented. Never report model quality on this data; the real
 * bundled data is in {@code BundledDatasets}.
 *
 * <pre>{@code
 * List<TimeSeries> stores = SyntheticStoreSales.generate(1000, 730, Frequency.DAILY, LocalDate.of(2023, 1, 1), 42);
 * SyntheticStoreSales.writeCsv(stores, Path.of("synthetic_store_sales.csv"));
 * }</pre>
 *
 * <p>Each store {@code synthetic-store-00001}, ... multiplies, per period: a base level
 * (log-uniform, 100 to 10,000 units a period); a yearly growth of -5% to +15%; a yearly season
 * {@code 1 + a cos(2 pi (t - peak))} with amplitude 5% to 35% and a random peak; for daily data a
 * weekly pattern (weekends 0% to 50% busier); promotions that start at random (3% of months, 1%
 * of days) and lift sales by 20% to 80% for 1-2 months or 3-10 days; and log-normal noise of 3%
 * to 10%. Values are rounded to cents and always positive. Each store draws from its own random
 * stream derived from {@code seed} and its number, so the same seed always gives the same data
 * and store 7 is the same whether 10 or 10,000 stores are generated.
 */
public final class SyntheticStoreSales {

    private static final String ID_FORMAT = "synthetic-store-%05d";
    private static final long STORE_STREAM_STEP = 0x9E3779B97F4A7C15L;
    private static final double MIN_LEVEL = 100;
    private static final double MAX_LEVEL = 10_000;

    private SyntheticStoreSales() {
    }

    /**
     * Generates {@code stores} regular series of {@code periods} periods from {@code start}
     * (normalised to the first of its month for MONTHLY).
     *
     * @throws IllegalArgumentException when {@code stores < 1} or {@code periods < 2} (a
     *     frequency cannot be read back from fewer than two dates)
     */
    public static List<TimeSeries> generate(int stores, int periods, Frequency frequency, LocalDate start,
            long seed) {
        if (stores < 1 || periods < 2) {
            throw new IllegalArgumentException("need at least 1 store and 2 periods but got " + stores + " stores and "
                    + periods + " periods");
        }
        List<LocalDate> dates = new ArrayList<>(periods);
        for (int t = 0; t < periods; t++) {
            dates.add(frequency.plus(start, t));
        }
        List<TimeSeries> series = new ArrayList<>(stores);
        for (int store = 1; store <= stores; store++) {
            SplittableRandom random = new SplittableRandom(seed + store * STORE_STREAM_STEP);
            series.add(new TimeSeries(String.format(ID_FORMAT, store), frequency, dates,
                    storeValues(random, frequency, dates)));
        }
        return series;
    }

    /**
     * Writes series as {@code date,series_id,value} CSV (UTF-8, ISO dates, missing values as
     * empty cells) that {@code SalesCsvReader} reads back to equal series.
     *
     * @throws DatasetException when the file cannot be written
     */
    public static void writeCsv(List<TimeSeries> series, Path csv) {
        try {
            Path parent = csv.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
                printer.printRecord("date", "series_id", "value");
                for (TimeSeries one : series) {
                    for (int i = 0; i < one.size(); i++) {
                        double value = one.value(i);
                        printer.printRecord(one.dates().get(i), one.id(), Double.isNaN(value) ? "" : Double.toString(value));
                    }
                }
            }
        } catch (IOException e) {
            throw new DatasetException("cannot write " + csv + ": " + e, e);
        }
    }

    private static double[] storeValues(SplittableRandom random, Frequency frequency, List<LocalDate> dates) {
        double level = MIN_LEVEL * Math.pow(MAX_LEVEL / MIN_LEVEL, random.nextDouble());
        double yearlyGrowth = random.nextDouble(-0.05, 0.15);
        double seasonAmplitude = random.nextDouble(0.05, 0.35);
        double seasonPeak = random.nextDouble();
        double weekendLift = random.nextDouble(0.0, 0.5);
        double noise = random.nextDouble(0.03, 0.10);
        boolean daily = frequency == Frequency.DAILY;
        double promotionChance = daily ? 0.01 : 0.03;
        double periodsPerYear = daily ? 365.25 : 12;
        double[] values = new double[dates.size()];
        int promotionLeft = 0;
        double promotionLift = 0;
        for (int t = 0; t < values.length; t++) {
            LocalDate date = dates.get(t);
            if (promotionLeft == 0 && random.nextDouble() < promotionChance) {
                promotionLeft = daily ? random.nextInt(3, 11) : random.nextInt(1, 3);
                promotionLift = random.nextDouble(0.2, 0.8);
            }
            double value = level
                    * Math.pow(1 + yearlyGrowth, t / periodsPerYear)
                    * (1 + seasonAmplitude * Math.cos(2 * Math.PI * (yearFraction(date, daily) - seasonPeak)))
                    * (daily && isWeekend(date) ? 1 + weekendLift : 1)
                    * (promotionLeft > 0 ? 1 + promotionLift : 1)
                    * Math.exp(noise * gaussian(random) - noise * noise / 2);
            if (promotionLeft > 0) {
                promotionLeft--;
            }
            values[t] = Math.max(0.01, Math.round(value * 100) / 100.0);
        }
        return values;
    }

    private static double yearFraction(LocalDate date, boolean daily) {
        return daily ? (date.getDayOfYear() - 1) / (double) date.lengthOfYear() : (date.getMonthValue() - 1) / 12.0;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Standard normal by Box-Muller, spelled out so the data cannot change with a JDK's algorithm. */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
