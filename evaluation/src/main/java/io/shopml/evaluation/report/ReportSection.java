package io.shopml.evaluation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One part of the report: a model's evaluation, a serving benchmark or a training-speed
 * comparison. Written into results.json as is and rendered as one block of index.html.
 *
 * @param title   the heading, e.g. {@code "sales-forecaster v3 (forecast)"}
 * @param summary one paragraph: the data and split, how to read the numbers
 * @param tables  metrics tables
 * @param plots   plots, drawn in order
 * @param notes   short remarks (skipped series, missing run logs, failures)
 */
public record ReportSection(String title, String summary, List<MetricsTable> tables, List<Plot> plots,
                            List<String> notes) {

    public ReportSection {
        Objects.requireNonNull(title, "title");
        summary = summary == null ? "" : summary;
        tables = List.copyOf(tables);
        plots = List.copyOf(plots);
        notes = List.copyOf(notes);
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Collects a section's parts; {@code summary} defaults to empty. */
    public static final class Builder {
        private final String title;
        private String summary = "";
        private final List<MetricsTable> tables = new ArrayList<>();
        private final List<Plot> plots = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        public Builder summary(String text) {
            this.summary = text;
            return this;
        }

        public Builder table(MetricsTable table) {
            tables.add(table);
            return this;
        }

        public Builder plot(Plot plot) {
            plots.add(plot);
            return this;
        }

        public Builder plots(List<? extends Plot> more) {
            plots.addAll(more);
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        public ReportSection build() {
            return new ReportSection(title, summary, tables, plots, notes);
        }
    }
}
