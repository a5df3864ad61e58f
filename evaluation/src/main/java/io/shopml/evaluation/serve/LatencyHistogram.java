package io.shopml.evaluation.serve;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Call counts per latency bucket, doubling bucket widths from 0.0625 ms: the shape of a latency
 * distribution for a plot, small enough for JSON.
 *
 * @param upperMs each bucket's upper bound in milliseconds, ascending
 * @param counts  calls per bucket
 */
public record LatencyHistogram(double[] upperMs, long[] counts) {

    private static final long FIRST_BUCKET_MICROS = 62;

    static LatencyHistogram of(Histogram histogram) {
        List<double[]> buckets = new ArrayList<>();
        if (histogram.getTotalCount() > 0) {
            for (HistogramIterationValue v : histogram.logarithmicBucketValues(FIRST_BUCKET_MICROS, 2)) {
                buckets.add(new double[] {v.getValueIteratedTo() / 1000.0, v.getCountAddedInThisIterationStep()});
            }
        }
        double[] upper = new double[buckets.size()];
        long[] counts = new long[buckets.size()];
        for (int i = 0; i < buckets.size(); i++) {
            upper[i] = buckets.get(i)[0];
            counts[i] = (long) buckets.get(i)[1];
        }
        return new LatencyHistogram(upper, counts);
    }
}
