package io.shopml.serving.call;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.health.v1.HealthGrpc;
import io.shopml.serving.metrics.ServingMetrics;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outermost interceptor: gives every call a {@link CallRecord} and, when the call closes,
 * counts it in the metrics and writes one structured line to the request log (logger
 * {@value #REQUEST_LOG}): method, model, version, status, latency and the caller's hash, never the
 * payload. Health checks are neither logged nor counted (probes would drown the log).
 *
 * <pre>{@code
 * netty.intercept(new CallRecorder(metrics, new CallerHash(salt)));
 * }</pre>
 */
public final class CallRecorder implements ServerInterceptor {

    /** The logger name of the request log, so it can be routed to its own file. */
    public static final String REQUEST_LOG = "shopml.requests";

    private static final Logger LOG = LoggerFactory.getLogger(REQUEST_LOG);

    private final ServingMetrics metrics;
    private final CallerHash callerHash;

    public CallRecorder(ServingMetrics metrics, CallerHash callerHash) {
        this.metrics = metrics;
        this.callerHash = callerHash;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                      ServerCallHandler<Q, R> next) {
        String service = call.getMethodDescriptor().getServiceName();
        if (HealthGrpc.SERVICE_NAME.equals(service)) {
            return next.startCall(call, headers);
        }
        CallRecord record = new CallRecord(call.getMethodDescriptor().getFullMethodName());
        record.caller(callerHash.of("peer:" + host(call.getAttributes().get(Grpc.TRANSPORT_ATTR_REMOTE_ADDR))));
        long start = System.nanoTime();
        ServerCall<Q, R> recorded = new SimpleForwardingServerCall<>(call) {
            @Override
            public void close(Status status, Metadata trailers) {
                finished(record, status, System.nanoTime() - start);
                super.close(status, trailers);
            }
        };
        return Contexts.interceptCall(Context.current().withValue(CallRecord.KEY, record), recorded, headers, next);
    }

    private void finished(CallRecord record, Status status, long nanos) {
        metrics.requestFinished(record.model(), record.version(), record.method(), status.getCode());
        LOG.info("method={} model={} version={} status={} latency_ms={} caller={}", record.method(),
                record.model().isEmpty() ? "-" : record.model(), record.version().isEmpty() ? "-" : record.version(),
                status.getCode(), String.format("%.3f", nanos / 1e6), record.callerHash());
    }

    private static String host(SocketAddress address) {
        if (address instanceof InetSocketAddress inet) {
            return inet.getHostString();
        }
        return String.valueOf(address);
    }
}
