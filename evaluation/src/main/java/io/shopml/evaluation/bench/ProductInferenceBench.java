package io.shopml.evaluation.bench;

import io.shopml.datasets.images.LabelledImages;
import io.shopml.models.product.LoadedProductModel;
import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * In-process inference latency of a product model version at given batch sizes: each call is
 * {@link LoadedProductModel#predict} on real images (pixel encoding, ResNet forward, softmax and
 * embedding read-back), timed one at a time after untimed warm-up calls. No gRPC: that is
 * {@code bench serve}'s job; this isolates the model.
 *
 * <pre>{@code
 * for (ProductInferenceBench.Result r : ProductInferenceBench.run(model, test, List.of(1, 32), 200, 20)) {
 *     System.out.println(r.summary());
 * }
 * }</pre>
 */
public final class ProductInferenceBench {

    private ProductInferenceBench() {
    }

    /**
     * @param batch           images per call
     * @param calls           timed calls
     * @param p50Ms           median latency of a call in milliseconds
     * @param p99Ms           99th percentile latency in milliseconds
     * @param imagesPerSecond images over the total timed seconds
     */
    public record Result(int batch, int calls, double p50Ms, double p90Ms, double p99Ms, double meanMs,
                         double imagesPerSecond) {

        /** One line: batch, percentiles, throughput. */
        public String summary() {
            return String.format(Locale.ROOT, "batch %3d: p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  mean %7.2f ms  "
                    + "%8.1f images/s  (%d calls)", batch, p50Ms, p90Ms, p99Ms, meanMs, imagesPerSecond, calls);
        }
    }

    /**
     * Times {@code calls} calls per batch size on consecutive images of {@code images} (wrapping).
     *
     * @throws IllegalArgumentException for an empty image set, a batch below 1 or no calls
     */
    public static List<Result> run(LoadedProductModel model, LabelledImages images, List<Integer> batches, int calls,
                                   int warmup) {
        if (images.count() == 0 || calls < 1 || warmup < 0 || batches.stream().anyMatch(b -> b < 1)) {
            throw new IllegalArgumentException("need images, batches >= 1, calls >= 1 and warm-up >= 0, got "
                    + images.count() + " images, batches " + batches + ", " + calls + " calls, " + warmup + " warm-up");
        }
        List<Result> results = new ArrayList<>();
        for (int batch : batches) {
            int next = 0;
            for (int i = 0; i < warmup; i++) {
                model.predict(batchOf(images, next, batch));
                next += batch;
            }
            Histogram histogram = new Histogram(3);
            long total = 0;
            for (int i = 0; i < calls; i++) {
                List<byte[]> input = batchOf(images, next, batch);
                next += batch;
                long start = System.nanoTime();
                model.predict(input);
                long elapsed = System.nanoTime() - start;
                histogram.recordValue(elapsed / 1000);
                total += elapsed;
            }
            results.add(new Result(batch, calls, histogram.getValueAtPercentile(50) / 1e3,
                    histogram.getValueAtPercentile(90) / 1e3, histogram.getValueAtPercentile(99) / 1e3,
                    total / 1e6 / calls, (double) batch * calls / (total / 1e9)));
        }
        return results;
    }

    private static List<byte[]> batchOf(LabelledImages images, int from, int batch) {
        List<byte[]> list = new ArrayList<>(batch);
        for (int i = 0; i < batch; i++) {
            list.add(images.image((from + i) % images.count()));
        }
        return list;
    }
}
