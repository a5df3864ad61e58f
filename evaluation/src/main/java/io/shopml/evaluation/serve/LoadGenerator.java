package io.shopml.evaluation.serve;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.MoreExecutors;
import inference.GRPCInferenceServiceGrpc;
import inference.GrpcPredictV2.ModelInferRequest;
import inference.GrpcPredictV2.ModelInferResponse;
import io.grpc.Channel;
import io.grpc.Status;
import org.HdrHistogram.Histogram;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Closed-loop load: keeps {@code concurrency} asynchronous {@code ModelInfer} calls in flight;
 * each completion starts the next call until the run's bound is reached. Latency is measured
 * per call from send to response on the client, in microseconds.
 */
public final class LoadGenerator {

    private static final long MAX_TRACKABLE_MICROS = TimeUnit.MINUTES.toMicros(5);

    private final GRPCInferenceServiceGrpc.GRPCInferenceServiceFutureStub stub;
    private final IntFunction<ModelInferRequest> requests;

    /** {@code requests} gives the i-th request (cycle through real test data). */
    public LoadGenerator(Channel channel, IntFunction<ModelInferRequest> requests) {
        this.stub = GRPCInferenceServiceGrpc.newFutureStub(channel);
        this.requests = requests;
    }

    public LoadResult run(LoadSettings settings) throws InterruptedException {
        if (settings.warmupRequests() > 0) {
            runPhase(settings.concurrency(), settings.warmupRequests(), settings.maxDuration().toNanos(), null, null);
        }
        Histogram histogram = new Histogram(MAX_TRACKABLE_MICROS, 3);
        Map<String, Long> errors = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        runPhase(settings.concurrency(), settings.requests(), settings.maxDuration().toNanos(), histogram, errors);
        double seconds = (System.nanoTime() - start) / 1e9;
        return LoadResult.of(settings.concurrency(), histogram, errors, seconds);
    }

    private void runPhase(int concurrency, int total, long maxNanos, Histogram histogram, Map<String, Long> errors)
            throws InterruptedException {
        long deadline = System.nanoTime() + maxNanos;
        AtomicInteger issued = new AtomicInteger();
        CountDownLatch workersDone = new CountDownLatch(concurrency);
        for (int w = 0; w < Math.min(concurrency, total); w++) {
            issueNext(issued, total, deadline, histogram, errors, workersDone);
        }
        for (int w = Math.min(concurrency, total); w < concurrency; w++) {
            workersDone.countDown();
        }
        if (!workersDone.await(maxNanos + TimeUnit.SECONDS.toNanos(30), TimeUnit.NANOSECONDS)) {
            throw new IllegalStateException("load run did not finish: calls are hanging");
        }
    }

    private void issueNext(AtomicInteger issued, int total, long deadline, Histogram histogram,
                           Map<String, Long> errors, CountDownLatch workerDone) {
        int index = issued.getAndIncrement();
        if (index >= total || System.nanoTime() > deadline) {
            workerDone.countDown();
            return;
        }
        long sent = System.nanoTime();
        ListenableFuture<ModelInferResponse> call = stub.modelInfer(requests.apply(index));
        Futures.addCallback(call, new FutureCallback<>() {
            @Override
            public void onSuccess(ModelInferResponse response) {
                record(histogram, sent);
                issueNext(issued, total, deadline, histogram, errors, workerDone);
            }

            @Override
            public void onFailure(Throwable t) {
                if (errors != null) {
                    errors.merge(Status.fromThrowable(t).getCode().name(), 1L, Long::sum);
                }
                issueNext(issued, total, deadline, histogram, errors, workerDone);
            }
        }, MoreExecutors.directExecutor());
    }

    private static void record(Histogram histogram, long sentNanos) {
        if (histogram != null) {
            long micros = Math.min(MAX_TRACKABLE_MICROS, (System.nanoTime() - sentNanos) / 1000);
            synchronized (histogram) {
                histogram.recordValue(micros);
            }
        }
    }
}
