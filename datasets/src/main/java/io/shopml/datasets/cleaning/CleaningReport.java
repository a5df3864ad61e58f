package io.shopml.datasets.cleaning;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What {@link SeriesCleaner} changed in one series, so nothing happens to data silently.
 *
 * @param seriesId the series
 * @param duplicatesDropped dates that appeared more than once (the last row was kept), once each
 * @param filledDates periods that had no value (a calendar gap or an empty cell) and were filled
 * @param outliers flagged values in date order
 * @param clipped whether the flagged values were clipped to their bounds in the cleaned series
 *     (false when clipping was off or nothing was flagged)
 */
public record CleaningReport(String seriesId, List<LocalDate> duplicatesDropped, List<LocalDate> filledDates,
        List<Outlier> outliers, boolean clipped) {

    private static final int LISTED = 3;
    private static final MathContext SIGNIFICANT = new MathContext(6);

    public CleaningReport {
        Objects.requireNonNull(seriesId, "seriesId");
        duplicatesDropped = List.copyOf(duplicatesDropped);
        filledDates = List.copyOf(filledDates);
        outliers = List.copyOf(outliers);
    }

    /**
     * One readable line, for example {@code series 'drinks': 1 duplicate date dropped (2020-03-01),
     * 2 missing periods filled (2020-05-01, 2020-06-01), 1 outlier flagged by IQR (2020-08-01: 950.0
     * outside [90.1, 130.2]), clipped}. Long lists show their first three entries.
     */
    public String summary() {
        StringBuilder line = new StringBuilder("series '").append(seriesId).append("': ");
        line.append(count(duplicatesDropped.size(), "duplicate date")).append(" dropped")
                .append(listed(duplicatesDropped.stream().map(LocalDate::toString).toList()));
        line.append(", ").append(count(filledDates.size(), "missing period")).append(" filled")
                .append(listed(filledDates.stream().map(LocalDate::toString).toList()));
        line.append(", ").append(count(outliers.size(), "outlier")).append(" flagged");
        if (!outliers.isEmpty()) {
            line.append(" by ").append(outliers.get(0).method())
                    .append(listed(outliers.stream().map(CleaningReport::describe).toList()));
            line.append(clipped ? ", clipped" : ", not clipped");
        }
        return line.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String listed(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        String shown = items.stream().limit(LISTED).collect(Collectors.joining(", "));
        return " (" + shown + (items.size() > LISTED ? ", ... " + (items.size() - LISTED) + " more" : "") + ")";
    }

    private static String describe(Outlier outlier) {
        return outlier.date() + ": " + number(outlier.value()) + " outside [" + number(outlier.lowerBound())
                + ", " + number(outlier.upperBound()) + "]";
    }

    /** Six significant digits without trailing zeros, whatever the default locale. */
    private static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
    }
}
