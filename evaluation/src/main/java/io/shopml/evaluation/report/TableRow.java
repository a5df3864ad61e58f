package io.shopml.evaluation.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One row of a {@link MetricsTable}: a contestant and its value per column ({@code null} where it
 * was not measured, e.g. a published result that does not report that metric).
 *
 * @param name   the model, baseline or published method
 * @param kind   what the row stands for
 * @param values one value per table column, {@code null} for none
 * @param source where a {@link RowKind#REFERENCE} number was published; {@code null} otherwise
 */
public record TableRow(String name, RowKind kind, List<Double> values, String source) {

    public TableRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        values = Collections.unmodifiableList(new ArrayList<>(values));
        if (kind == RowKind.REFERENCE && (source == null || source.isBlank())) {
            throw new IllegalArgumentException("reference row '" + name + "' needs its source");
        }
    }

    public static TableRow model(String name, Double... values) {
        return new TableRow(name, RowKind.MODEL, Arrays.asList(values), null);
    }

    public static TableRow baseline(String name, Double... values) {
        return new TableRow(name, RowKind.BASELINE, Arrays.asList(values), null);
    }

    public static TableRow reference(String name, String source, Double... values) {
        return new TableRow(name, RowKind.REFERENCE, Arrays.asList(values), source);
    }
}
