package io.shopml.datasets.timeseries;

import io.shopml.datasets.DatasetException;
import java.util.List;
import java.util.Locale;

/**
 * Where the date, series and value of a sales CSV live, resolved once from its header.
 *
 * @param date index of the date column
 * @param series index of the series-id column, or -1 for a single-series file
 * @param value index of the value column
 */
record SalesColumns(int date, int series, int value) {

    static final String DEFAULT_DATE = "date";
    static final String DEFAULT_SERIES = "series_id";
    static final String DEFAULT_VALUE = "value";

    boolean hasSeries() {
        return series >= 0;
    }

    /**
     * Resolves the columns; the rules are those documented on {@link SalesCsvReader}. Names are
     * matched ignoring case and surrounding spaces. A {@code null} name means "not given".
     */
    static SalesColumns resolve(List<String> header, String dateName, String seriesName, String valueName,
            String source) {
        if (dateName == null && seriesName == null && valueName == null) {
            int date = indexOf(header, DEFAULT_DATE);
            int series = indexOf(header, DEFAULT_SERIES);
            int value = indexOf(header, DEFAULT_VALUE);
            boolean conventional = date >= 0 && value >= 0 && header.size() == (series >= 0 ? 3 : 2);
            if (conventional) {
                return new SalesColumns(date, series, value);
            }
            return switch (header.size()) {
                case 2 -> new SalesColumns(0, -1, 1);
                case 3 -> new SalesColumns(0, 1, 2);
                default -> throw new DatasetException(source + ": header " + header + " has " + header.size()
                        + " columns; without column names a sales CSV must be date,value (2 columns) or"
                        + " date,series_id,value (3 columns): name the columns to use instead");
            };
        }
        int date = required(header, dateName == null ? DEFAULT_DATE : dateName, "date", source);
        int value = required(header, valueName == null ? DEFAULT_VALUE : valueName, "value", source);
        int series = seriesName == null ? indexOf(header, DEFAULT_SERIES) : required(header, seriesName, "series",
                source);
        if (date == value || date == series || value == series) {
            throw new DatasetException(source + ": the date, series and value columns must be different columns of "
                    + header + " but two of them are the same column");
        }
        return new SalesColumns(date, series, value);
    }

    private static int required(List<String> header, String name, String role, String source) {
        int index = indexOf(header, name);
        if (index < 0) {
            throw new DatasetException(source + ": no " + role + " column '" + name + "' in header " + header);
        }
        return index;
    }

    private static int indexOf(List<String> header, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
