package io.shopml.evaluation.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Base64;
import java.util.Map;

/**
 * Renders a {@link Report} as one self-contained HTML page: inline style, plots drawn by
 * {@link ChartRenderer} and embedded as base64 PNG, no script and no link to anything outside the
 * file, so it reads the same opened from disk on a machine without network.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:sans-serif;max-width:1000px;margin:2em auto;color:#222;line-height:1.4}
            table{border-collapse:collapse;margin:.8em 0}
            th,td{border:1px solid #ccc;padding:.25em .6em;text-align:right}
            th:first-child,td:first-child,td.source{text-align:left}
            tr.model td{font-weight:bold;background:#eef5ff}
            tr.reference td{font-style:italic;color:#555}
            caption{text-align:left;font-weight:bold;padding:.3em 0}
            img{max-width:100%;border:1px solid #eee;margin:.5em 0}
            section{border-top:2px solid #ddd;margin-top:2em}
            .notes{color:#864}
            """;

    private HtmlReport() {
    }

    public static String render(Report report) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(report.title())).append("</title><style>").append(STYLE).append("</style></head><body>\n");
        html.append("<h1>").append(escape(report.title())).append("</h1>\n<p>Generated ")
                .append(escape(report.generatedAt())).append(".</p>\n");
        environment(html, report.environment());
        html.append("<h2>Contents</h2><ol>");
        for (int i = 0; i < report.sections().size(); i++) {
            html.append("<li><a href=\"#s").append(i).append("\">").append(escape(report.sections().get(i).title()))
                    .append("</a></li>");
        }
        html.append("</ol>\n");
        for (int i = 0; i < report.sections().size(); i++) {
            section(html, i, report.sections().get(i));
        }
        return html.append("</body></html>\n").toString();
    }

    private static void environment(StringBuilder html, Map<String, String> environment) {
        if (environment.isEmpty()) {
            return;
        }
        html.append("<table><caption>Machine</caption>");
        environment.forEach((key, value) -> html.append("<tr><td>").append(escape(key)).append("</td><td class=\"source\">")
                .append(escape(value)).append("</td></tr>"));
        html.append("</table>\n");
    }

    private static void section(StringBuilder html, int index, ReportSection section) {
        html.append("<section id=\"s").append(index).append("\"><h2>").append(escape(section.title())).append("</h2>\n");
        if (!section.summary().isBlank()) {
            html.append("<p>").append(escape(section.summary())).append("</p>\n");
        }
        for (MetricsTable table : section.tables()) {
            table(html, table);
        }
        for (Plot plot : section.plots()) {
            html.append("<figure><img alt=\"").append(escape(plot.title())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(ChartRenderer.png(plot))).append("\"></figure>\n");
        }
        if (!section.notes().isEmpty()) {
            html.append("<ul class=\"notes\">");
            section.notes().forEach(note -> html.append("<li>").append(escape(note)).append("</li>"));
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private static void table(StringBuilder html, MetricsTable table) {
        boolean sources = table.rows().stream().anyMatch(row -> row.source() != null);
        html.append("<table><caption>").append(escape(table.title())).append("</caption><tr><th></th>");
        table.columns().forEach(column -> html.append("<th>").append(escape(column)).append("</th>"));
        if (sources) {
            html.append("<th>source</th>");
        }
        html.append("</tr>\n");
        for (TableRow row : table.rows()) {
            html.append("<tr class=\"").append(row.kind().name().toLowerCase(java.util.Locale.ROOT)).append("\"><td>")
                    .append(escape(row.name())).append(row.kind() == RowKind.BASELINE ? " (baseline)" : "")
                    .append("</td>");
            row.values().forEach(value -> html.append("<td>").append(format(value)).append("</td>"));
            if (sources) {
                html.append("<td class=\"source\">").append(row.source() == null ? "" : escape(row.source()))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    /** Four significant digits, plain notation; a value not measured shows as a dash. */
    static String format(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return "&ndash;";
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
