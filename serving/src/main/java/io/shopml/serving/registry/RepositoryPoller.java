package io.shopml.serving.registry;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls {@link ModelRegistry#refresh} at a fixed interval, so versions exported into the repository
 * are served (and removed ones retired) without a restart. A failing refresh is logged and tried
 * again at the next tick.
 *
 * <pre>{@code
 * try (RepositoryPoller poller = RepositoryPoller.start(registry, Duration.ofSeconds(10))) { ... }
 * }</pre>
 */
public final class RepositoryPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RepositoryPoller.class);

    private final ScheduledExecutorService executor;

    private RepositoryPoller(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /** Polls every {@code interval} (positive), starting one interval from now. */
    public static RepositoryPoller start(ModelRegistry registry, Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("poll interval must be positive, got " + interval);
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "shopml-repository-poller");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                registry.refresh();
            } catch (RuntimeException e) {
                LOG.error("repository poll failed; trying again in {}", interval, e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return new RepositoryPoller(executor);
    }

    /** Stops polling and waits for a refresh in progress to end. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
