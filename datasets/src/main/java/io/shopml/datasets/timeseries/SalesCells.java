package io.shopml.datasets.timeseries;

import io.shopml.datasets.DatasetException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Parses the cells of a sales CSV, with errors that point at the exact cell. */
final class SalesCells {

    /** Cell texts that mean "no observation" (compared ignoring case). */
    static final Set<String> MISSING = Set.of("", "na", "nan");

    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private SalesCells() {
    }

    /** {@code YYYY-MM} (the first of that month) or {@code YYYY-MM-DD}. */
    static LocalDate date(String text, String where) {
        try {
            if (YEAR_MONTH.matcher(text).matches()) {
                return YearMonth.parse(text).atDay(1);
            }
            if (YEAR_MONTH_DAY.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeException e) {
            throw new DatasetException(where + ": '" + text + "' is not a valid calendar date", e);
        }
        throw new DatasetException(where + ": '" + text + "' is not a date (expected YYYY-MM or YYYY-MM-DD)");
    }

    /** A plain decimal number; empty, {@code NA} or {@code NaN} give {@code NaN} (missing). */
    static double value(String text, String where) {
        if (MISSING.contains(text.toLowerCase(Locale.ROOT))) {
            return Double.NaN;
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new DatasetException(where + ": '" + text + "' is not a number");
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw new DatasetException(where + ": '" + text + "' is too large for a double");
        }
        return value;
    }

    /** A series id: any non-blank text. */
    static String seriesId(String text, String where) {
        if (text.isBlank()) {
            throw new DatasetException(where + ": the series id is empty");
        }
        return text;
    }
}
