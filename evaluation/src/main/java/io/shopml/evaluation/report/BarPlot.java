package io.shopml.evaluation.report;

import java.util.List;

/**
 * Bars per category, one colour per series: latency histograms (bucket labels as categories),
 * per-class scores.
 *
 * @param title      the plot title
 * @param xLabel     category axis label
 * @param yLabel     value axis label
 * @param categories the category labels, in order
 * @param series     the bar series, each with one value per category
 */
public record BarPlot(String title, String xLabel, String yLabel, List<String> categories, List<Bars> series)
        implements Plot {

    public BarPlot {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Bars bars : series) {
            if (bars.values().length != categories.size()) {
                throw new IllegalArgumentException("plot '" + title + "': series '" + bars.name() + "' has "
                        + bars.values().length + " values for " + categories.size() + " categories");
            }
        }
    }

    /** One series of bars. */
    public record Bars(String name, double[] values) {
    }
}
