package io.shopml.serving.metrics;

import io.grpc.Status;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The server's Prometheus metrics, in a registry of its own (so two servers in one JVM, as in
 * tests, do not share counts): per model and version the calls by gRPC status, inferences (rows),
 * batch executions and batch sizes, queue and compute time; plus the JVM's memory, threads and GC and
 * the process RSS from client_java's JVM instrumentation. {@link MetricsEndpoint} serves them.
 *
 * <pre>{@code
 * ServingMetrics metrics = ServingMetrics.create();
 * metrics.batchExecuted("sales-forecaster", 3, 8, 0.0021);
 * }</pre>
 */
public final class ServingMetrics {

    private static final double[] BATCH_SIZES = {1, 2, 4, 8, 16, 32, 64, 128, 256};
    private static final double[] SECONDS = {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
        0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter requests;
    private final Counter inferences;
    private final Counter batches;
    private final Histogram batchSize;
    private final Histogram queueSeconds;
    private final Histogram computeSeconds;

    private ServingMetrics() {
        requests = Counter.builder().name("shopml_requests_total")
                .help("gRPC calls answered, by model, version, method and status code")
                .labelNames("model", "version", "method", "status").register(registry);
        inferences = Counter.builder().name("shopml_inferences_total")
                .help("inferences run (a request of N rows counts N)")
                .labelNames("model", "version").register(registry);
        batches = Counter.builder().name("shopml_batch_executions_total")
                .help("model executions; one execution may serve several merged requests")
                .labelNames("model", "version").register(registry);
        batchSize = Histogram.builder().name("shopml_batch_size")
                .help("rows per model execution").classicOnly().classicUpperBounds(BATCH_SIZES)
                .labelNames("model", "version").register(registry);
        queueSeconds = Histogram.builder().name("shopml_queue_seconds")
                .help("time a request waited in its model's queue before its batch started")
                .classicOnly().classicUpperBounds(SECONDS).labelNames("model", "version").register(registry);
        computeSeconds = Histogram.builder().name("shopml_compute_seconds")
                .help("time one model execution took").classicOnly().classicUpperBounds(SECONDS)
                .labelNames("model", "version").register(registry);
    }

    /** Metrics with the JVM and process collectors registered. */
    public static ServingMetrics create() {
        ServingMetrics metrics = new ServingMetrics();
        JvmMetrics.builder().register(metrics.registry);
        return metrics;
    }

    /** The Prometheus registry holding everything, for the endpoint. */
    public PrometheusRegistry registry() {
        return registry;
    }

    /** Counts one finished call; model and version are "" when the call named none. */
    public void requestFinished(String model, String version, String method, Status.Code code) {
        requests.labelValues(model, version, method, code.name()).inc();
    }

    /** Records one model execution of {@code rows} rows that took {@code computeSeconds}. */
    public void batchExecuted(String model, int version, int rows, double seconds) {
        String v = Integer.toString(version);
        batches.labelValues(model, v).inc();
        inferences.labelValues(model, v).inc(rows);
        batchSize.labelValues(model, v).observe(rows);
        computeSeconds.labelValues(model, v).observe(seconds);
    }

    /**
     * What model {@code model} has done so far, over all its versions: for benchmarks that compare
     * two moments of one server (queue vs compute split) without scraping the endpoint.
     */
    public Totals totals(String model) {
        return new Totals((long) observed(queueSeconds, model, false), observed(queueSeconds, model, true),
                (long) observed(computeSeconds, model, false), observed(computeSeconds, model, true),
                observed(batchSize, model, true));
    }

    /**
     * Running totals of one model.
     *
     * @param queuedRequests requests that left the queue
     * @param queueSeconds   their summed time in the queue
     * @param executions     model executions (batches)
     * @param computeSeconds their summed compute time
     * @param rows           rows the executions ran
     */
    public record Totals(long queuedRequests, double queueSeconds, long executions, double computeSeconds,
                         double rows) {

        /** What happened between {@code earlier} and this. */
        public Totals since(Totals earlier) {
            return new Totals(queuedRequests - earlier.queuedRequests, queueSeconds - earlier.queueSeconds,
                    executions - earlier.executions, computeSeconds - earlier.computeSeconds, rows - earlier.rows);
        }

        public double meanQueueMs() {
            return queuedRequests == 0 ? 0 : 1000 * queueSeconds / queuedRequests;
        }

        public double meanComputeMs() {
            return executions == 0 ? 0 : 1000 * computeSeconds / executions;
        }

        public double meanBatchRows() {
            return executions == 0 ? 0 : rows / executions;
        }
    }

    /** The count ({@code valueSum} false) or the sum of {@code histogram}'s observations for one model. */
    private static double observed(Histogram histogram, String model, boolean valueSum) {
        return histogram.collect().getDataPoints().stream()
                .filter(point -> point.getLabels().get("model").equals(model))
                .mapToDouble(point -> valueSum ? point.getSum() : point.getCount())
                .sum();
    }

    /** Records how long one request waited in the queue. */
    public void queued(String model, int version, double seconds) {
        queueSeconds.labelValues(model, Integer.toString(version)).observe(seconds);
    }
}
