package io.shopml.serving.batching;

import io.grpc.Context;
import io.grpc.Status;
import io.shopml.serving.errors.InvalidInputException;
import io.shopml.serving.errors.QueueFullException;
import io.shopml.serving.metrics.ServingMetrics;
import io.shopml.serving.registry.InferenceRequest;
import io.shopml.serving.registry.InferenceResult;
import io.shopml.serving.registry.ServableModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One model version's queue and workers: dynamic batching in front of {@link ServableModel#infer}.
 * A worker takes the oldest request and adds, in order, the queued requests that are compatible
 * with it (see {@link BatchAssembler}) and in its batching group ({@link ServableModel#batchGroup}),
 * waiting at most {@link BatchingOptions#maxQueueDelay()} from that request's arrival for more, up
 * to {@link BatchingOptions#maxBatchSize()} rows; it runs them as one execution and splits the
 * outputs. Requests that do not fit stay queued, in order, for the next batch.
 * Under load the queue already holds a batch, so nobody waits; at low load a request waits at most
 * the delay. A full queue refuses at once ({@link QueueFullException}); a request whose call was
 * cancelled or whose deadline passed is dropped before it runs. When a merged execution rejects an
 * input, each request runs alone so only the bad one fails. Models that do not batch along
 * dimension 0 ({@link ServableModel#supportsBatching()} false) run one request at a time.
 *
 * <pre>{@code
 * try (BatchScheduler scheduler = new BatchScheduler(model, BatchingOptions.DEFAULT, metrics)) {
 *     InferenceResult result = scheduler.submit(request).join();
 * }
 * }</pre>
 */
public final class BatchScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BatchScheduler.class);
    private static final long IDLE_POLL_MILLIS = 50;

    private final ServableModel model;
    private final BatchingOptions options;
    private final ServingMetrics metrics;
    private final LinkedBlockingDeque<Pending> queue;
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicInteger executing = new AtomicInteger();
    private volatile boolean accepting = true;
    /** Guards {@link #accepting} changes, {@link #arrivals} and the wait for arrivals. */
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled on each arrival; workers filling a batch wait on it (awaitNanos is precise, Object.wait rounds to ms). */
    private final Condition arrived = lock.newCondition();
    /** Requests queued so far. */
    private long arrivals;

    public BatchScheduler(ServableModel model, BatchingOptions options, ServingMetrics metrics) {
        this.model = model;
        this.options = model.supportsBatching() ? options : options.unbatched();
        this.metrics = metrics;
        this.queue = new LinkedBlockingDeque<>(options.queueCapacity());
        for (int i = 0; i < options.workers(); i++) {
            Thread worker = new Thread(this::work, "shopml-" + model.name() + "-v" + model.version() + "-worker-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
    }

    /** The options in force (batching off when the model does not support it). */
    public BatchingOptions options() {
        return options;
    }

    /**
     * Queues a request that has passed signature validation.
     *
     * @throws QueueFullException      when the queue is full
     * @throws VersionRetiredException when this version no longer takes requests
     */
    public CompletableFuture<InferenceResult> submit(InferenceRequest request) {
        String group = options.maxBatchSize() == 1 ? "" : model.batchGroup(request);
        Pending pending = new Pending(request, BatchAssembler.rows(request), group, Context.current(), System.nanoTime());
        lock.lock();
        try {
            if (!accepting) {
                throw new VersionRetiredException("model '" + model.name() + "' version " + model.version()
                        + " is being unloaded");
            }
            if (!queue.offerLast(pending)) {
                throw new QueueFullException("model '" + model.name() + "' version " + model.version() + " has "
                        + options.queueCapacity() + " requests queued (its queue_capacity); retry later");
            }
            arrivals++;
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
        return pending.result;
    }

    /** Requests queued or executing now. */
    public int pending() {
        return queue.size() + executing.get();
    }

    /**
     * Stops taking requests, lets the queued and running ones finish for up to {@code timeout},
     * then stops the workers; whatever is still queued then fails with UNAVAILABLE.
     */
    public void drain(Duration timeout) {
        lock.lock();
        try {
            accepting = false;
        } finally {
            lock.unlock();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (pending() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            for (Thread worker : workers) {
                worker.interrupt();
                worker.join(TimeUnit.SECONDS.toMillis(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Pending left;
        while ((left = queue.pollFirst()) != null) {
            left.result.completeExceptionally(Status.UNAVAILABLE
                    .withDescription("model '" + model.name() + "' version " + model.version() + " was unloaded")
                    .asRuntimeException());
        }
    }

    /** Same as {@link #drain} with 30 s. */
    @Override
    public void close() {
        drain(Duration.ofSeconds(30));
    }

    private void work() {
        try {
            while (accepting || !queue.isEmpty()) {
                Pending first = queue.pollFirst(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                executing.incrementAndGet();
                try {
                    execute(collect(first));
                } finally {
                    executing.decrementAndGet();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The batch {@code first} starts: compatible requests that arrive within its delay. */
    private List<Pending> collect(Pending first) throws InterruptedException {
        List<Pending> batch = new ArrayList<>();
        batch.add(first);
        if (options.maxBatchSize() == 1 || first.rows.isEmpty() || first.rows.getAsLong() >= options.maxBatchSize()) {
            return batch;
        }
        long rows = first.rows.getAsLong();
        long until = first.enqueuedNanos + options.maxQueueDelay().toNanos();
        while (true) {
            long seen = arrivals();
            // Take every queued request that fits, in order, leaving the others (another group or
            // shape) for the next batch: under load the whole batch is already waiting here.
            for (Pending queued : queue) {
                if (rows < options.maxBatchSize() && fits(first, queued, rows) && queue.removeFirstOccurrence(queued)) {
                    batch.add(queued);
                    rows += queued.rows.getAsLong();
                }
            }
            long wait = until - System.nanoTime();
            if (rows >= options.maxBatchSize() || wait <= 0) {
                return batch;
            }
            awaitArrivalAfter(seen, wait);
        }
    }

    private long arrivals() {
        lock.lock();
        try {
            return arrivals;
        } finally {
            lock.unlock();
        }
    }

    /** Waits at most {@code nanos} for a request to arrive after the {@code seen}-th. */
    private void awaitArrivalAfter(long seen, long nanos) throws InterruptedException {
        lock.lock();
        try {
            if (arrivals == seen) {
                arrived.awaitNanos(nanos);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Whether {@code next} may join the batch {@code first} started, which has {@code rows} rows so far. */
    private boolean fits(Pending first, Pending next, long rows) {
        return next.rows.isPresent() && rows + next.rows.getAsLong() <= options.maxBatchSize()
                && first.group.equals(next.group) && BatchAssembler.compatible(first.request, next.request);
    }

    private void execute(List<Pending> batch) {
        List<Pending> live = new ArrayList<>();
        long start = System.nanoTime();
        for (Pending pending : batch) {
            if (dropIfCancelled(pending)) {
                continue;
            }
            metrics.queued(model.name(), model.version(), (start - pending.enqueuedNanos) / 1e9);
            live.add(pending);
        }
        if (live.size() == 1) {
            runAlone(live.get(0));
        } else if (!live.isEmpty()) {
            runMerged(live);
        }
    }

    private void runMerged(List<Pending> batch) {
        long[] rows = batch.stream().mapToLong(pending -> pending.rows.getAsLong()).toArray();
        List<InferenceResult> results;
        try {
            InferenceResult merged = timed(BatchAssembler.merge(batch.stream().map(p -> p.request).toList()),
                    (int) Arrays.stream(rows).sum());
            results = BatchAssembler.split(merged, rows);
        } catch (InvalidInputException | IllegalStateException e) {
            LOG.debug("merged batch of {} requests for model '{}' failed ({}); running them one by one",
                    batch.size(), model.name(), e.getMessage());
            batch.forEach(this::runAlone);
            return;
        } catch (RuntimeException | Error e) {
            batch.forEach(pending -> pending.result.completeExceptionally(e));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            complete(batch.get(i), results.get(i));
        }
    }

    private void runAlone(Pending pending) {
        try {
            complete(pending, timed(pending.request, (int) pending.rows.orElse(1)));
        } catch (RuntimeException | Error e) {
            pending.result.completeExceptionally(e);
        }
    }

    private void complete(Pending pending, InferenceResult rows) {
        try {
            pending.result.complete(model.forCaller(rows));
        } catch (RuntimeException | Error e) {
            pending.result.completeExceptionally(e);
        }
    }

    private InferenceResult timed(InferenceRequest request, int rows) {
        long start = System.nanoTime();
        InferenceResult result = model.infer(request);
        metrics.batchExecuted(model.name(), model.version(), rows, (System.nanoTime() - start) / 1e9);
        return result;
    }

    private boolean dropIfCancelled(Pending pending) {
        if (!pending.context.isCancelled()) {
            return false;
        }
        boolean expired = pending.context.getDeadline() != null && pending.context.getDeadline().isExpired();
        Status status = expired ? Status.DEADLINE_EXCEEDED : Status.CANCELLED;
        pending.result.completeExceptionally(status
                .withDescription("dropped before it ran: the call was " + (expired ? "past its deadline" : "cancelled"))
                .asRuntimeException());
        return true;
    }

    private static final class Pending {
        final InferenceRequest request;
        final OptionalLong rows;
        final String group;
        final Context context;
        final long enqueuedNanos;
        final CompletableFuture<InferenceResult> result = new CompletableFuture<>();

        Pending(InferenceRequest request, OptionalLong rows, String group, Context context, long enqueuedNanos) {
            this.request = request;
            this.rows = rows;
            this.group = group;
            this.context = context;
            this.enqueuedNanos = enqueuedNanos;
        }
    }
}
