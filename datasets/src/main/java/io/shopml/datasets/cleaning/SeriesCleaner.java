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
 * growing series is normal. Each value is compared with a robust baseline of its period built
 * from medians of the other periods (a centred rolling median over one season for the level,
 * continued along the trend at both ends, plus the median seasonal effect of the same month or
 * weekday in the nearest seasons), and the Z-score or IQR rule of {@link OutlierDetector} is
 * applied to the residuals {@code value - baseline}. An all-positive series (sales) is judged
 * on its own or on the log scale, whichever it is more regular on, so that a seasonal swing may
 * be of fixed size or grow with the level. An outlier's bounds are that period's baseline plus
 * the residual fences, converted back to sales units. Filled values take part like observed
 * ones. Tukey's k = 1.5 (the default) flags roughly one period in a hundred of ordinary noisy
 * sales as a mild outlier; that is reported, and changes nothing unless clipping is on.
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
        List<Outlier> outliers = options.outlierMethod() == OutlierMethod.NONE
                ? List.of()
                : SeasonalOutlierFinder.find(dates, cleaned, seasonLength, options);
        if (options.clipOutliers()) {
            for (Outlier outlier : outliers) {
                int i = (int) raw.frequency().periodsBetween(dates.get(0), outlier.date());
                cleaned[i] = Math.min(outlier.upperBound(), Math.max(outlier.lowerBound(), cleaned[i]));
            }
        }
        CleaningReport report = new CleaningReport(raw.id(), aligned.duplicates(), filledDates, outliers,
                options.clipOutliers() && !outliers.isEmpty());
        if (report.duplicatesDropped().isEmpty() && report.filledDates().isEmpty() && outliers.isEmpty()) {
            LOG.debug(report.summary());
        } else {
            LOG.info(report.summary());
        }
        return new CleaningResult(new TimeSeries(raw.id(), raw.frequency(), dates, cleaned), report);
    }
}
