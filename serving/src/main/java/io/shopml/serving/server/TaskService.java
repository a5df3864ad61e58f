package io.shopml.serving.server;

/**
 * A typed service that answers with models of one task: its {@code grpc.health.v1} status is
 * SERVING while some model of that task serves a version, so a client of that service can tell
 * when it can be used, whatever the other models do.
 */
public interface TaskService {

    /** The manifest task of the models this service answers with, e.g. "sentiment". */
    String modelTask();
}
