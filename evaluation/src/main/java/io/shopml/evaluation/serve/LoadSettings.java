package io.shopml.evaluation.serve;

import java.time.Duration;

/**
 * One load run: {@code concurrency} calls in flight, the first {@code warmupRequests} not
 * recorded, then at most {@code requests} recorded calls or {@code maxDuration}, whichever ends
 * first.
 */
public record LoadSettings(int concurrency, int warmupRequests, int requests, Duration maxDuration) {

    public LoadSettings {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
        }
        if (warmupRequests < 0 || requests < 1) {
            throw new IllegalArgumentException("need warm-up >= 0 and requests >= 1, got " + warmupRequests + " and "
                    + requests);
        }
    }
}
