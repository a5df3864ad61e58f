package io.shopml.evaluation.report;

import java.util.List;

/**
 * Lines over a numeric or date x axis, with optional shaded bands (prediction intervals):
 * forecast vs actual, training curves, HR@k over k.
 *
 * @param title  the plot title
 * @param xLabel x axis label
 * @param yLabel y axis label
 * @param dates  whether x values are days since 1970-01-01 (drawn as dates)
 * @param lines  the lines, drawn in order
 * @param bands  shaded ranges drawn under the lines
 */
public record LinePlot(String title, String xLabel, String yLabel, boolean dates, List<Line> lines,
                       List<Band> bands) implements Plot {

    public LinePlot {
        lines = List.copyOf(lines);
        bands = bands == null ? List.of() : List.copyOf(bands);
        if (lines.isEmpty() && bands.isEmpty()) {
            throw new IllegalArgumentException("plot '" + title + "' has nothing to draw");
        }
    }

    /** One line: points {@code (x[i], y[i])}; a {@code NaN} y leaves a gap. */
    public record Line(String name, double[] x, double[] y) {
        public Line {
            requireSameLength(name, x, "y", y);
        }
    }

    /** A shaded range {@code [lower[i], upper[i]]} at each {@code x[i]}. */
    public record Band(String name, double[] x, double[] lower, double[] upper) {
        public Band {
            requireSameLength(name, x, "lower", lower);
            requireSameLength(name, x, "upper", upper);
        }
    }

    private static void requireSameLength(String name, double[] x, String field, double[] values) {
        if (x.length != values.length) {
            throw new IllegalArgumentException("'" + name + "' has " + x.length + " x values but " + values.length
                    + " " + field + " values");
        }
    }
}
