package io.shopml.serving.registry;

/**
 * Whether a model's served version loaded, and why not: what operators and readiness checks see.
 *
 * @param name    the model name
 * @param version the version this status is about (0 for a model unloaded as a whole)
 * @param state   where the version stands
 * @param reason  why the version failed to load; empty when READY
 */
public record ModelStatus(String name, int version, State state, String reason) {

    /** A model's load state. */
    public enum State {
        /** Being verified, loaded and warmed up; not answering yet. */
        LOADING,
        /** Loaded and answering requests. */
        READY,
        /** Could not be loaded (see the reason); what was serving before still serves. */
        FAILED,
        /** Unloaded through the admin API; answers nothing until loaded again. */
        UNLOADED
    }

    static ModelStatus ready(String name, int version) {
        return new ModelStatus(name, version, State.READY, "");
    }

    static ModelStatus failed(String name, int version, String reason) {
        return new ModelStatus(name, version, State.FAILED, reason);
    }

    static ModelStatus loading(String name, int version) {
        return new ModelStatus(name, version, State.LOADING, "");
    }

    static ModelStatus unloaded(String name, int version, String reason) {
        return new ModelStatus(name, version, State.UNLOADED, reason);
    }

    /** Whether the model is answering requests. */
    public boolean isReady() {
        return state == State.READY;
    }
}
