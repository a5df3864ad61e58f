package io.shopml.datasets.cleaning;

import io.shopml.datasets.DatasetException;
import io.shopml.datasets.timeseries.TimeSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a raw series into a regular one (sorted, one period apart, no missing values) and
 * reports every change.
 *
 * <pre>{@code
 * CleaningResult result = new SeriesCleaner(CleaningOptions.defaults()).clean(raw);
 * log.info(result.report().summary());
 * }</pre>
 *
 * <p>Steps, in order:
 * <ol>
 *   <li>sort by date;</li>
 *   <li>drop repeated dates, keeping the last row in file order (the latest correction), with a
 *       warning naming series and date;</li>
 *   <li>insert calendar gaps as missing; a series whose calendar would be more than half
 *       invented is refused (almost always a mistyped date);</li>
 *   <li>fill missing values by {@link CleaningOptions#fillMethod()};</li>
 *   <li>flag outliers by {@link CleaningOptions#outlierMethod()} and, if asked, clip them to the
 *       bound they crossed.</li>
 * </ol>
 *
 * <p>Outliers are judged on what is unusual, not on trend or season: a December peak in a
 * growing series is normal. Each value is compared with a robust baseline built only from
 * medians (a centred rolling median over one season for the level, extended along the trend at
 * both ends, plus a median seasonal effect from the neighbouring seasons), and the Z-score or IQR
 * rule of {@link OutlierDetector} is applied to the residuals {@code value - baseline}. An
 * outlier's bounds are that period's baseline plus the residual fences, in sales units. Filled
 * values take part like observed ones.
 */
public final class SeriesCleaner {

    private static final Logger LOG = LoggerFactory.getLogger(SeriesCleaner.class);

    private final CleaningOptions options;

    public SeriesCleaner(CleaningOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Cleans one series; the input is not changed.
     *
     * @throws DatasetException when the series is empty, has no observed value at all, or its
     *     calendar would be mostly invented
     */
    public CleaningResult clean(TimeSeries raw) {
        CalendarAligner.Aligned aligned = CalendarAligner.align(raw);
        List<LocalDate> dates = aligned.dates();
        double[] values = aligned.values();
        List<LocalDate> filledDates = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                filledDates.add(dates.get(i));
            }
        }
        if (filledDates.size() == values.length) {
            throw new DatasetException("series '" + raw.id() + "' has no observed value: all " + values.length
                    + " are missing");
        }
        int seasonLength = raw.frequency().seasonLength();
        double[] cleaned = MissingValueFiller.fill(values, options.fillMethod(), seasonLength);
        List<Outlier> outliers = new ArrayList<>();
        if (options.outlierMethod() != OutlierMethod.NONE) {
            double[] baseline = RobustBaseline.of(cleaned, seasonLength);
            double[] residuals = RobustBaseline.residuals(cleaned, baseline);
            OutlierFences fences = fences(residuals);
            for (int i = 0; i < cleaned.length; i++) {
                if (fences.isOutlier(residuals[i])) {
                    double lower = baseline[i] + fences.lowerBound();
                    double upper = baseline[i] + fences.upperBound();
                    outliers.add(new Outlier(dates.get(i), cleaned[i], fences.score(residuals[i]), lower, upper,
                            options.outlierMethod()));
                    if (options.clipOutliers()) {
                        cleaned[i] = Math.min(upper, Math.max(lower, cleaned[i]));
                    }
                }
            }
        }
        CleaningReport report = new CleaningReport(raw.id(), aligned.duplicates(), filledDates, outliers,
                options.clipOutliers() && !outliers.isEmpty());
        LOG.info(report.summary());
        return new CleaningResult(new TimeSeries(raw.id(), raw.frequency(), dates, cleaned), report);
    }

    private OutlierFences fences(double[] residuals) {
        return options.outlierMethod() == OutlierMethod.ZSCORE
                ? OutlierDetector.zScoreFences(residuals, options.zThreshold())
                : OutlierDetector.iqrFences(residuals, options.iqrFactor());
    }
}
