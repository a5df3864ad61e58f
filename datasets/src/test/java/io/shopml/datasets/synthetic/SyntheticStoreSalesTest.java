package io.shopml.datasets.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shopml.datasets.timeseries.Frequency;
import io.shopml.datasets.timeseries.SalesCsvReader;
import io.shopml.datasets.timeseries.TimeSeries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticStoreSalesTest {

    private static final LocalDate START = LocalDate.of(2023, 1, 1);

    @TempDir
    Path dir;

    @Test
    void generate_sameSeed_givesTheSameData() {
        assertEquals(SyntheticStoreSales.generate(3, 400, Frequency.DAILY, START, 42),
                SyntheticStoreSales.generate(3, 400, Frequency.DAILY, START, 42));
    }

    @Test
    void generate_otherSeed_givesOtherData() {
        assertNotEquals(SyntheticStoreSales.generate(3, 400, Frequency.DAILY, START, 42),
                SyntheticStoreSales.generate(3, 400, Frequency.DAILY, START, 43));
    }

    @Test
    void generate_aStoresData_doesNotDependOnHowManyStoresAreGenerated() {
        List<TimeSeries> few = SyntheticStoreSales.generate(2, 48, Frequency.MONTHLY, START, 7);
        List<TimeSeries> many = SyntheticStoreSales.generate(50, 48, Frequency.MONTHLY, START, 7);

        assertEquals(few, many.subList(0, 2));
    }

    @Test
    void generate_givesRegularPositiveSeries_namedSynthetic() {
        List<TimeSeries> stores = SyntheticStoreSales.generate(3, 60, Frequency.MONTHLY, LocalDate.of(2020, 5, 17), 1);

        assertEquals(List.of("synthetic-store-00001", "synthetic-store-00002", "synthetic-store-00003"),
                stores.stream().map(TimeSeries::id).toList());
        for (TimeSeries store : stores) {
            assertEquals(60, store.size());
            assertEquals(LocalDate.of(2020, 5, 1), store.dates().get(0));
            assertTrue(store.isRegular(), store.firstIrregularity().orElse(""));
            assertTrue(Arrays.stream(store.values()).allMatch(v -> v > 0), store.id());
        }
        assertNotEquals(stores.get(0).value(0), stores.get(1).value(0));
    }

    @Test
    void generate_daily_hasBusierWeekends_onAverageOverStores() {
        List<TimeSeries> stores = SyntheticStoreSales.generate(40, 364, Frequency.DAILY, START, 3);
        double weekend = 0;
        double weekday = 0;
        for (TimeSeries store : stores) {
            for (int i = 0; i < store.size(); i++) {
                DayOfWeek day = store.dates().get(i).getDayOfWeek();
                double share = store.value(i) / Arrays.stream(store.values()).average().orElseThrow();
                if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
                    weekend += share / 2;
                } else {
                    weekday += share / 5;
                }
            }
        }

        assertTrue(weekend > weekday * 1.1, "weekend " + weekend + " vs weekday " + weekday);
    }

    @Test
    void writeCsv_readsBackToEqualSeries() throws Exception {
        List<TimeSeries> stores = SyntheticStoreSales.generate(4, 30, Frequency.DAILY, START, 9);
        Path csv = dir.resolve("out/synthetic_store_sales.csv");

        SyntheticStoreSales.writeCsv(stores, csv);

        assertTrue(Files.readString(csv).startsWith("date,series_id,value\n2023-01-01,synthetic-store-00001,"));
        assertEquals(stores, new SalesCsvReader().read(csv));
    }

    @Test
    void generate_tooFewPeriods_isRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SyntheticStoreSales.generate(1, 1, Frequency.DAILY, START, 1));

        assertEquals("need at least 1 store and 2 periods but got 1 stores and 1 periods", error.getMessage());
    }
}
