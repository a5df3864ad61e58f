package io.shopml.evaluation.report;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A plot as data: results.json keeps the numbers, and {@link ChartRenderer} draws them when the
 * page is written, so a report can be re-rendered from its results file alone.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = LinePlot.class, name = "line"),
        @JsonSubTypes.Type(value = BarPlot.class, name = "bar"),
        @JsonSubTypes.Type(value = MatrixPlot.class, name = "matrix")})
public sealed interface Plot permits LinePlot, BarPlot, MatrixPlot {

    /** The title shown above the plot. */
    String title();
}
