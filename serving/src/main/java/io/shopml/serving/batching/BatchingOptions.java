package io.shopml.serving.batching;

import java.time.Duration;

/**
 * How one model's requests are queued and batched. Defaults: batches of up to 32 rows, at most
 * 1 ms of waiting for a batch to fill, 256 queued requests, 2 workers. {@code maxBatchSize} 1
 * turns batching off (requests still go through the queue and the model's own workers).
 *
 * @param maxBatchSize   the most rows one model execution takes; requests larger than this run alone
 * @param maxQueueDelay  how long the first request of a batch may wait for others to join it
 * @param queueCapacity  requests that may wait; one more is refused with RESOURCE_EXHAUSTED
 * @param workers        threads executing this model's batches
 */
public record BatchingOptions(int maxBatchSize, Duration maxQueueDelay, int queueCapacity, int workers) {

    /** The defaults stated above. */
    public static final BatchingOptions DEFAULT = new BatchingOptions(32, Duration.ofMillis(1), 256, 2);

    /** Checks every value, naming the one that is out of range. */
    public BatchingOptions {
        if (maxBatchSize < 1) {
            throw new IllegalArgumentException("max_batch_size must be at least 1 (1 = batching off), got " + maxBatchSize);
        }
        if (maxQueueDelay == null || maxQueueDelay.isNegative()) {
            throw new IllegalArgumentException("max_queue_delay must not be negative, got " + maxQueueDelay);
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queue_capacity must be at least 1, got " + queueCapacity);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
    }

    /** The same options with batching off: one request per execution, no waiting. */
    public BatchingOptions unbatched() {
        return new BatchingOptions(1, Duration.ZERO, queueCapacity, workers);
    }
}
