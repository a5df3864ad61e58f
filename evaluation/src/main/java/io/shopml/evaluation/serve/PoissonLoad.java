package io.shopml.evaluation.serve;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.MoreExecutors;
import inference.GRPCInferenceServiceGrpc;
import inference.GrpcPredictV2.ModelInferRequest;
import inference.GrpcPredictV2.ModelInferResponse;
import io.grpc.Channel;
import io.grpc.Status;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Open-loop load (MLPerf's server scenario): calls are sent at Poisson arrival times at a target
 * rate, whether or not earlier calls have returned. Latency runs from each call's scheduled
 * arrival, not from when the client got round to sending it, so a client that falls behind
 * counts its own delay instead of hiding it (no coordinated omission).
 */
public final class PoissonLoad {

    private static final long MAX_TRACKABLE_MICROS = TimeUnit.MINUTES.toMicros(5);

    private final GRPCInferenceServiceGrpc.GRPCInferenceServiceFutureStub stub;
    private final IntFunction<ModelInferRequest> requests;
    private final long seed;

    /** {@code requests} gives the i-th request; {@code seed} fixes the arrival times. */
    public PoissonLoad(Channel channel, IntFunction<ModelInferRequest> requests, long seed) {
        this.stub = GRPCInferenceServiceGrpc.newFutureStub(channel);
        this.requests = requests;
        this.seed = seed;
    }

    /**
     * Sends {@code warmup} unrecorded calls, then records up to {@code requests} calls or as many as
     * arrive within {@code maxDuration}, at {@code ratePerSecond}; waits for every call to return.
     */
    public LoadResult run(double ratePerSecond, int warmup, int requests, Duration maxDuration)
            throws InterruptedException {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("rate must be above 0 calls/s, got " + ratePerSecond);
        }
        SplittableRandom random = new SplittableRandom(seed);
        if (warmup > 0) {
            phase(random, ratePerSecond, 0, warmup, maxDuration, null, null);
        }
        Histogram histogram = new Histogram(MAX_TRACKABLE_MICROS, 3);
        Map<String, Long> errors = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        phase(random, ratePerSecond, warmup, requests, maxDuration, histogram, errors);
        return LoadResult.of(0, histogram, errors, (System.nanoTime() - start) / 1e9);
    }

    private void phase(SplittableRandom random, double rate, int firstIndex, int count, Duration maxDuration,
                       Histogram histogram, Map<String, Long> errors) throws InterruptedException {
        Phaser outstanding = new Phaser(1);
        long start = System.nanoTime();
        long deadline = start + maxDuration.toNanos();
        double arrival = start;
        for (int i = 0; i < count; i++) {
            arrival += -Math.log(1 - random.nextDouble()) / rate * 1e9;
            long scheduled = (long) arrival;
            if (scheduled > deadline) {
                break;
            }
            long wait;
            while ((wait = scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            outstanding.register();
            Futures.addCallback(stub.modelInfer(requests.apply(firstIndex + i)), new FutureCallback<>() {
                @Override
                public void onSuccess(ModelInferResponse response) {
                    record(histogram, scheduled);
                    outstanding.arriveAndDeregister();
                }

                @Override
                public void onFailure(Throwable t) {
                    if (errors != null) {
                        errors.merge(Status.fromThrowable(t).getCode().name(), 1L, Long::sum);
                    }
                    outstanding.arriveAndDeregister();
                }
            }, MoreExecutors.directExecutor());
        }
        try {
            outstanding.awaitAdvanceInterruptibly(outstanding.arrive(), maxDuration.toNanos()
                    + TimeUnit.SECONDS.toNanos(30), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("server-scenario run did not finish: calls are hanging", e);
        }
    }

    private static void record(Histogram histogram, long scheduledNanos) {
        if (histogram != null) {
            long micros = Math.min(MAX_TRACKABLE_MICROS, (System.nanoTime() - scheduledNanos) / 1000);
            synchronized (histogram) {
                histogram.recordValue(micros);
            }
        }
    }
}
