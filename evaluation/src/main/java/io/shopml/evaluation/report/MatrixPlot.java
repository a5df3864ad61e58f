package io.shopml.evaluation.report;

import java.util.List;

/**
 * A square matrix of counts drawn as a heat map with the count in each cell: the confusion
 * matrix, rows the true class and columns the predicted one.
 *
 * @param title  the plot title
 * @param labels the class labels, for rows and columns alike
 * @param counts {@code counts[true][predicted]}
 */
public record MatrixPlot(String title, List<String> labels, long[][] counts) implements Plot {

    public MatrixPlot {
        labels = List.copyOf(labels);
        if (counts.length != labels.size()) {
            throw new IllegalArgumentException("plot '" + title + "' has " + counts.length + " rows for "
                    + labels.size() + " labels");
        }
        for (long[] row : counts) {
            if (row.length != labels.size()) {
                throw new IllegalArgumentException("plot '" + title + "' has a row of " + row.length
                        + " counts for " + labels.size() + " labels");
            }
        }
    }
}
