package io.shopml.evaluation.serve;

import io.shopml.evaluation.report.BarPlot;
import io.shopml.evaluation.report.MetricsTable;
import io.shopml.evaluation.report.ReportSection;
import io.shopml.evaluation.report.TableRow;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Scenario results as a report section: one table row per scenario and their latency histograms. */
public final class ServeBenchSection {

    private ServeBenchSection() {
    }

    public static ReportSection of(String model, String target, List<ScenarioResult> results) {
        List<TableRow> rows = new ArrayList<>();
        for (ScenarioResult r : results) {
            LoadResult l = r.load();
            rows.add(TableRow.model(label(r), l.p50Ms(), l.p90Ms(), l.p99Ms(), l.maxMs(), l.throughput(),
                    (double) l.calls(), (double) l.errorCount()));
        }
        ReportSection.Builder section = ReportSection.builder("Serving: " + model + " at " + target)
                .summary("KServe v2 ModelInfer with asynchronous gRPC calls and requests from the model's real "
                        + "test data, warm-up excluded. Single-stream: one call at a time (judged by p90). Offline: "
                        + "many calls in flight (judged by throughput). Server: Poisson arrivals at a rate, latency "
                        + "from the scheduled arrival (judged by p99 against its bound).")
                .table(new MetricsTable("Scenarios", List.of("p50 ms", "p90 ms", "p99 ms", "max ms", "calls/s",
                        "calls", "errors"), rows));
        if (!results.isEmpty()) {
            section.plot(histogram(model, results));
        }
        return section.build();
    }

    private static String label(ScenarioResult r) {
        return switch (r.scenario()) {
            case SINGLE_STREAM -> "single-stream";
            case OFFLINE -> "offline (" + r.load().concurrency() + " in flight)";
            case SERVER -> String.format("server (Poisson %.1f/s%s, p99 bound %.0f ms %s)", r.targetRate(),
                    r.searched() ? ", highest meeting bound" : "", r.p99BoundMs(), r.meetsBound() ? "met" : "missed");
        };
    }

    /** One bar series per scenario over the union of their buckets. */
    static BarPlot histogram(String model, List<ScenarioResult> results) {
        TreeSet<Double> bounds = new TreeSet<>();
        results.forEach(r -> {
            for (double upper : r.load().histogram().upperMs()) {
                bounds.add(upper);
            }
        });
        List<Double> ordered = new ArrayList<>(bounds);
        List<BarPlot.Bars> series = new ArrayList<>();
        for (ScenarioResult r : results) {
            double[] values = new double[ordered.size()];
            LatencyHistogram h = r.load().histogram();
            for (int i = 0; i < h.upperMs().length; i++) {
                values[ordered.indexOf(h.upperMs()[i])] = h.counts()[i];
            }
            series.add(new BarPlot.Bars(r.scenario().label(), values));
        }
        List<String> categories = ordered.stream().map(b -> "<=" + trim(b)).toList();
        return new BarPlot("Latency histogram, " + model, "latency (ms)", "calls", categories, series);
    }

    private static String trim(double ms) {
        return ms >= 10 ? String.format("%.0f", ms) : String.format("%.2f", ms).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
