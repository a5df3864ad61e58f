package io.shopml.training.forecast;

import io.shopml.datasets.synthetic.SyntheticStoreSales;
import io.shopml.datasets.timeseries.Frequency;
import io.shopml.datasets.timeseries.TimeSeries;
import io.shopml.models.forecast.ForecasterConfig;
import io.shopml.training.loop.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One global model over thousands of (synthetic) store series: the pipeline scales and learns. */
class SyntheticScaleTest {

    @TempDir
    Path dir;

    @Test
    void oneGlobalModel_trainsOverAThousandSyntheticStores() {
        List<TimeSeries> stores = SyntheticStoreSales.generate(1000, 60, Frequency.MONTHLY, LocalDate.of(2019, 1, 1), 5);
        ForecastData data = ForecastData.of(stores, "synthetic-store-sales (1000 stores x 60 months)");
        ForecasterConfig config = new ForecasterConfig(24, 6, 1, 8, 1, 512, 5e-3, 0, 5, 0.9);

        ForecasterTrainingResult result = new ForecasterTrainer(config, 1)
                .train(data, RunDirectory.create(dir, "synthetic"), false, List.of());

        assertEquals(1, result.outcome().epochsRun());
        assertTrue(result.metrics().get("validation_smape") < 100, result.metrics().toString());
        assertEquals(1000 * 60L, data.values());
    }
}
