package io.shopml.evaluation.serve;

import java.time.Duration;

/**
 * Bounds and targets of a scenario run. Every run (each search step included) records at most
 * {@code requests} calls and lasts at most {@code maxDuration}, after {@code warmup} unrecorded calls.
 *
 * @param warmup             unrecorded calls before each run
 * @param requests           recorded calls per run, at most
 * @param maxDuration        time per run, at most
 * @param offlineConcurrency calls in flight in the offline scenario
 * @param serverRate         the server scenario's target rate in calls/s; {@code 0}: the highest rate found by the search
 * @param p99BoundMs         the server scenario's p99 latency bound
 * @param searchSteps        bisection steps of the rate search, between 0 and the offline throughput
 */
public record ScenarioSettings(int warmup, int requests, Duration maxDuration, int offlineConcurrency,
                               double serverRate, double p99BoundMs, int searchSteps) {

    public ScenarioSettings {
        if (warmup < 0 || requests < 1) {
            throw new IllegalArgumentException("need warm-up >= 0 and requests >= 1, got " + warmup + " and " + requests);
        }
        if (offlineConcurrency < 1) {
            throw new IllegalArgumentException("offline concurrency must be at least 1, got " + offlineConcurrency);
        }
        if (serverRate < 0 || !(p99BoundMs > 0) || searchSteps < 0) {
            throw new IllegalArgumentException("need server rate >= 0, p99 bound > 0 ms and search steps >= 0, got "
                    + serverRate + ", " + p99BoundMs + " and " + searchSteps);
        }
    }

    /** These settings with another offline concurrency. */
    public ScenarioSettings withOfflineConcurrency(int concurrency) {
        return new ScenarioSettings(warmup, requests, maxDuration, concurrency, serverRate, p99BoundMs, searchSteps);
    }

    /** 100 warm-up and 2000 recorded calls, 60 s per run, offline at 32 in flight, p99 bound 50 ms, 6 search steps. */
    public static ScenarioSettings defaults() {
        return new ScenarioSettings(100, 2000, Duration.ofSeconds(60), 32, 0, 50, 6);
    }
}
