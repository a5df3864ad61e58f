package io.shopml.evaluation.report;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Draws {@link Plot}s as PNG images with JFreeChart, headless (no display needed).
 */
public final class ChartRenderer {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 400;
    private static final long MILLIS_PER_DAY = 86_400_000L;

    static {
        // JFreeChart draws with AWT; on a server there is no display, and AWT must not look for one.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ChartRenderer() {
    }

    /** The plot as PNG bytes. */
    public static byte[] png(Plot plot) {
        JFreeChart chart;
        if (plot instanceof LinePlot line) {
            chart = lineChart(line);
        } else if (plot instanceof BarPlot bars) {
            chart = barChart(bars);
        } else {
            chart = matrixChart((MatrixPlot) plot);
        }
        chart.setBackgroundPaint(Color.WHITE);
        int height = plot instanceof MatrixPlot m ? Math.max(HEIGHT, 60 + 40 * m.labels().size()) : HEIGHT;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, height);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw plot '" + plot.title() + "': " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static JFreeChart lineChart(LinePlot p) {
        XYSeriesCollection lines = new XYSeriesCollection();
        for (LinePlot.Line line : p.lines()) {
            XYSeries series = new XYSeries(line.name(), false, true);
            for (int i = 0; i < line.x().length; i++) {
                series.add(x(p, line.x()[i]), Double.isFinite(line.y()[i]) ? line.y()[i] : null);
            }
            lines.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(p.title(), p.xLabel(), p.yLabel(), lines,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, p.lines().stream()
                .allMatch(l -> l.x().length <= 60));
        for (int i = 0; i < p.lines().size(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(0, renderer);
        if (p.dates()) {
            plot.setDomainAxis(new DateAxis(p.xLabel()));
        }
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        if (!p.bands().isEmpty()) {
            YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
            for (LinePlot.Band band : p.bands()) {
                YIntervalSeries series = new YIntervalSeries(band.name());
                for (int i = 0; i < band.x().length; i++) {
                    double lower = band.lower()[i];
                    double upper = band.upper()[i];
                    series.add(x(p, band.x()[i]), (lower + upper) / 2, lower, upper);
                }
                bands.addSeries(series);
            }
            DeviationRenderer shade = new DeviationRenderer(false, false);
            for (int i = 0; i < p.bands().size(); i++) {
                shade.setSeriesFillPaint(i, new Color(70, 130, 180));
                shade.setSeriesPaint(i, new Color(70, 130, 180));
            }
            shade.setAlpha(0.25f);
            plot.setDataset(1, bands);
            plot.setRenderer(1, shade);
        }
        return chart;
    }

    private static double x(LinePlot p, double x) {
        return p.dates() ? x * MILLIS_PER_DAY : x;
    }

    private static JFreeChart barChart(BarPlot p) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (BarPlot.Bars bars : p.series()) {
            for (int i = 0; i < p.categories().size(); i++) {
                data.addValue(bars.values()[i], bars.name(), p.categories().get(i));
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(p.title(), p.xLabel(), p.yLabel(), data,
                PlotOrientation.VERTICAL, p.series().size() > 1, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        if (p.categories().size() > 8) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return chart;
    }

    private static JFreeChart matrixChart(MatrixPlot p) {
        int n = p.labels().size();
        double[] xs = new double[n * n];
        double[] ys = new double[n * n];
        double[] zs = new double[n * n];
        long max = 1;
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                int i = row * n + col;
                xs[i] = col;
                ys[i] = row;
                zs[i] = p.counts()[row][col];
                max = Math.max(max, p.counts()[row][col]);
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("counts", new double[][] {xs, ys, zs});
        String[] labels = p.labels().toArray(String[]::new);
        SymbolAxis predicted = new SymbolAxis("predicted", labels);
        SymbolAxis actual = new SymbolAxis("true", labels);
        actual.setInverted(true);
        if (n > 6) {
            predicted.setVerticalTickLabels(true);
        }
        LookupPaintScale scale = new LookupPaintScale(0, max + 1, Color.WHITE);
        for (int step = 0; step <= 20; step++) {
            int shade = 255 - (int) (200 * step / 20.0);
            scale.add(max * step / 20.0, new Color(shade, shade, 255));
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, predicted, actual, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        for (int i = 0; i < zs.length; i++) {
            plot.addAnnotation(new XYTextAnnotation(Long.toString((long) zs[i]), xs[i], ys[i]));
        }
        JFreeChart chart = new JFreeChart(p.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        NumberAxis legendAxis = new NumberAxis("count");
        legendAxis.setRange(0, max);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        chart.addSubtitle(legend);
        return chart;
    }
}
