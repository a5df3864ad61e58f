package io.shopml.evaluation.serve;

import org.HdrHistogram.Histogram;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Latency percentiles (milliseconds) and throughput of one load run.
 *
 * @param calls      recorded calls (warm-up excluded)
 * @param errors     recorded calls that failed, by gRPC status code
 * @param throughput recorded calls per second over the measured interval
 * @param histogram  successful calls per latency bucket, for plots
 */
public record LoadResult(int concurrency, long calls, Map<String, Long> errors, double p50Ms, double p90Ms,
                         double p99Ms, double maxMs, double meanMs, double throughput, double seconds,
                         LatencyHistogram histogram) {

    static LoadResult of(int concurrency, Histogram histogram, Map<String, Long> errors, double seconds) {
        long calls = histogram.getTotalCount() + errors.values().stream().mapToLong(Long::longValue).sum();
        return new LoadResult(concurrency, calls, new LinkedHashMap<>(errors),
                micros(histogram.getValueAtPercentile(50)), micros(histogram.getValueAtPercentile(90)),
                micros(histogram.getValueAtPercentile(99)), micros(histogram.getMaxValue()),
                histogram.getMean() / 1000.0, calls / seconds, seconds, LatencyHistogram.of(histogram));
    }

    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    public String summary() {
        return String.format("concurrency %2d: %6d calls, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms, "
                        + "%.0f calls/s, %d errors%s", concurrency, calls, p50Ms, p90Ms, p99Ms, maxMs, throughput,
                errorCount(), errors.isEmpty() ? "" : " " + errors);
    }

    private static double micros(long valueMicros) {
        return valueMicros / 1000.0;
    }
}
