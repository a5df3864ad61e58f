package io.shopml.evaluation.report;

import java.util.ArrayList;
import java.util.List;

/** A {@link MetricsTable} as aligned plain text, for the terminal. */
public final class TextTable {

    private TextTable() {
    }

    public static String format(MetricsTable table) {
        List<List<String>> cells = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(table.columns());
        cells.add(header);
        for (TableRow row : table.rows()) {
            List<String> line = new ArrayList<>();
            line.add(row.name() + (row.kind() == RowKind.BASELINE ? " (baseline)"
                    : row.kind() == RowKind.REFERENCE ? " (published)" : ""));
            row.values().forEach(v -> line.add(HtmlReport.format(v).replace("&ndash;", "-")));
            cells.add(line);
        }
        int[] widths = new int[header.size()];
        for (List<String> line : cells) {
            for (int c = 0; c < line.size(); c++) {
                widths[c] = Math.max(widths[c], line.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder(table.title()).append('\n');
        for (List<String> line : cells) {
            text.append(String.format("  %-" + widths[0] + "s", line.get(0)));
            for (int c = 1; c < line.size(); c++) {
                text.append(String.format("  %" + widths[c] + "s", line.get(c)));
            }
            text.append('\n');
        }
        return text.toString();
    }
}
