package io.shopml.evaluation.report;

import java.util.List;

/**
 * A table of metrics: one column per metric, one row per model, baseline or published result.
 *
 * @param title   what was measured on which data, e.g. {@code "Rolling origin, last 24 months"}
 * @param columns metric names, with their unit where they have one (e.g. {@code "sMAPE %"})
 * @param rows    contestants, each with one value per column
 */
public record MetricsTable(String title, List<String> columns, List<TableRow> rows) {

    public MetricsTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (TableRow row : rows) {
            if (row.values().size() != columns.size()) {
                throw new IllegalArgumentException("table '" + title + "': row '" + row.name() + "' has "
                        + row.values().size() + " values for " + columns.size() + " columns " + columns);
            }
        }
    }
}
