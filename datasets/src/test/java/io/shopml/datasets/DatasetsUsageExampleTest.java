package io.shopml.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shopml.datasets.cleaning.CleaningOptions;
import io.shopml.datasets.cleaning.CleaningResult;
import io.shopml.datasets.cleaning.SeriesCleaner;
import io.shopml.datasets.features.SlidingWindows;
import io.shopml.datasets.features.StandardScaler;
import io.shopml.datasets.features.TimeSplit;
import io.shopml.datasets.features.Window;
import io.shopml.datasets.timeseries.SalesCsvReader;
import io.shopml.datasets.timeseries.TimeSeries;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The usage example of the package documentation, compiled and run so that it cannot drift. */
class DatasetsUsageExampleTest {

    @TempDir
    Path cache;

    @Test
    void bundledDrinks_becomeLeakageFreeTrainingWindows() {
        Path csv = BundledDatasets.extract(BundledDatasets.DRINKS_SALES, cache);
        TimeSeries raw = new SalesCsvReader().read(csv).get(0);
        CleaningResult cleaned = new SeriesCleaner(CleaningOptions.defaults()).clean(raw);
        TimeSeries series = cleaned.series();
        TimeSplit split = TimeSplit.of(series.size(), 12, 12);
        StandardScaler scaler = StandardScaler.fit(series.head(split.trainEnd()).values());
        List<Window> train = SlidingWindows.of(series, 24, 6, 0, split.trainEnd());

        assertEquals(285, split.trainEnd());
        assertEquals(285 - 24 - 6 + 1, train.size());
        assertTrue(train.stream().allMatch(w -> w.targetStart() + w.target().length <= split.trainEnd()));
        assertEquals(0.0, StandardScaler.fit(scaler.transform(series.head(split.trainEnd()).values())).mean(), 1e-9);
    }
}
