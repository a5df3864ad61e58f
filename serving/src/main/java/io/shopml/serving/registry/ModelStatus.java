package io.shopml.serving.registry;

/**
 * Whether a model's served version loaded, and why not: what operators and readiness checks see.
 *
 * @param name    the model name
 * @param version the version the registry tried to serve (the latest on disk)
 * @param state   READY or FAILED
 * @param reason  why the version failed to load; empty when READY
 */
public record ModelStatus(String name, int version, State state, String reason) {

    /** A model's load state. */
    public enum State {
        /** Loaded and answering requests. */
        READY,
        /** Its latest version could not be loaded; it answers nothing. */
        FAILED
    }

    static ModelStatus ready(String name, int version) {
        return new ModelStatus(name, version, State.READY, "");
    }

    static ModelStatus failed(String name, int version, String reason) {
        return new ModelStatus(name, version, State.FAILED, reason);
    }

    /** Whether the model is answering requests. */
    public boolean isReady() {
        return state == State.READY;
    }
}
