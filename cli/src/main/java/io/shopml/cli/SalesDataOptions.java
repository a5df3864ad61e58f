package io.shopml.cli;

import io.shopml.datasets.BundledDatasets;
import io.shopml.datasets.cleaning.CleaningOptions;
import io.shopml.datasets.cleaning.FillMethod;
import io.shopml.datasets.cleaning.OutlierMethod;
import io.shopml.datasets.timeseries.SalesCsvReader;
import io.shopml.training.forecast.ForecastDataPreparation;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * Flags that say where sales data is and how to clean it; shared by train, evaluate and bench.
 * The fields carry their defaults too, so code that builds one without picocli (quickstart) gets
 * the same data as the command line.
 */
final class SalesDataOptions {

    @Option(names = "--data", paramLabel = "F.csv",
            description = "Sales CSV: date,value or date,series_id,value (dates YYYY-MM or YYYY-MM-DD). "
                    + "Default: the bundled US drinks sales (monthly, 1992-2017).")
    Path data;

    @Option(names = "--date-col", paramLabel = "C", description = "Date column name (default: first column).")
    String dateColumn;

    @Option(names = "--value-col", paramLabel = "C", description = "Value column name (default: last column).")
    String valueColumn;

    @Option(names = "--series-col", paramLabel = "C",
            description = "Series id column name (default: the middle column of a 3-column file).")
    String seriesColumn;

    @Option(names = "--outliers", paramLabel = "METHOD", defaultValue = "IQR",
            description = "Outlier flagging: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutlierMethod outlierMethod = OutlierMethod.IQR;

    @Option(names = "--clip-outliers", description = "Clip flagged outliers to the detection bound before training.")
    boolean clipOutliers;

    @Option(names = "--fill", paramLabel = "METHOD", defaultValue = "LINEAR",
            description = "Missing-period filling: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FillMethod fillMethod = FillMethod.LINEAR;

    Path csv() {
        return data != null ? data : BundledDatasets.extract(BundledDatasets.DRINKS_SALES);
    }

    ForecastDataPreparation load() {
        SalesCsvReader reader = new SalesCsvReader();
        if (dateColumn != null) {
            reader.dateColumn(dateColumn);
        }
        if (valueColumn != null) {
            reader.valueColumn(valueColumn);
        }
        if (seriesColumn != null) {
            reader.seriesColumn(seriesColumn);
        }
        CleaningOptions defaults = CleaningOptions.defaults();
        CleaningOptions options = new CleaningOptions(outlierMethod, defaults.zThreshold(), defaults.iqrFactor(),
                clipOutliers, fillMethod);
        return ForecastDataPreparation.load(csv(), reader, options);
    }
}
