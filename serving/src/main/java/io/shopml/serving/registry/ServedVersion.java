package io.shopml.serving.registry;

import io.shopml.serving.batching.BatchScheduler;
import java.time.Duration;

/**
 * A loaded, warmed-up version and its queue: what the registry routes requests to. Retiring it
 * stops its queue, lets queued work finish, waits the close delay, then closes the model.
 *
 * @param model     the loaded model
 * @param scheduler its queue, batching and workers
 */
public record ServedVersion(ServableModel model, BatchScheduler scheduler) {

    void retire(Duration drainTimeout, Duration closeDelay) {
        scheduler.drain(drainTimeout);
        try {
            Thread.sleep(closeDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        model.close();
    }
}
