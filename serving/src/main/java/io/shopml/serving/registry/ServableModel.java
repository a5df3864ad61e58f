package io.shopml.serving.registry;

import io.shopml.models.artifact.Manifest;
import java.util.List;

/**
 * One loaded model version, whatever framework holds it: the only view of a model that services
 * have. Requests reach {@link #infer} already checked against the manifest's input signature (see
 * {@link SignatureValidator}), so an implementation only checks what the signature cannot say
 * (values, e.g. finite numbers). Implementations are thread-safe; {@link #close} frees the
 * framework's native memory.
 */
public interface ServableModel extends AutoCloseable {

    /** The version's manifest: signature, preprocessing, provenance. */
    Manifest manifest();

    /** The model name, equal to its repository folder. */
    default String name() {
        return manifest().name();
    }

    /** The version number being served. */
    default int version() {
        return manifest().version();
    }

    /** The framework that runs it, as KServe's {@code platform}: the manifest's, e.g. "dl4j". */
    default String platform() {
        return manifest().framework();
    }

    /**
     * Runs the model on one request.
     *
     * @throws io.shopml.serving.errors.InvalidInputException when a value is unusable
     */
    InferenceResult infer(InferenceRequest request);

    /**
     * The batching group of a request: requests merge only within one group. The default puts all
     * requests in one; a model whose cost per row depends on something its signature does not show
     * (a text model padding a batch to its longest text) groups requests by it, so a batch does
     * not make short requests pay for a long one. Called once per request, after {@link #validate}.
     */
    default String batchGroup(InferenceRequest request) {
        return "";
    }

    /**
     * Checks the values of one request before it is queued (after its signature has been checked),
     * so a bad request fails at once and alone, and limits that hold per request (e.g. the most
     * texts one call may send) are not applied to a merged batch. Default: nothing to check.
     *
     * @throws io.shopml.serving.errors.InvalidInputException naming what is wrong
     */
    default void validate(InferenceRequest request) {
    }

    /**
     * What one request's caller gets from the rows that answer it. Dynamic batching splits a merged
     * result along dimension 0 before this runs, so a model that reports facts about rows (which
     * texts were cut, which ids were unknown) returns them from {@link #infer} as per-row outputs
     * and turns them here into response parameters whose indices mean the caller's own rows. It
     * runs for every request, batched or not. Default: the rows as they are.
     */
    default InferenceResult forCaller(InferenceResult rows) {
        return rows;
    }

    /**
     * Whether requests may be merged along dimension 0 (dynamic batching). The default says yes
     * when every input and output in the manifest has a variable first dimension; override it to
     * return false when rows influence each other or the model cannot take larger batches.
     */
    default boolean supportsBatching() {
        return manifest().inputs().stream().allMatch(spec -> spec.shape().length > 0 && spec.shape()[0] == -1)
                && manifest().outputs().stream().allMatch(spec -> spec.shape().length > 0 && spec.shape()[0] == -1);
    }

    /**
     * The synthetic requests a freshly loaded version answers before it is marked ready (first-call
     * latency goes to loading, not to a client). The default is one request from the input
     * signature (variable dimensions 1, numbers 0, byte strings "warm-up"); override it when such
     * values are not valid for the model (e.g. unknown ids).
     */
    default List<InferenceRequest> warmUpRequests() {
        return List.of(SyntheticRequests.fromSignature(manifest()));
    }

    /** Frees what the model holds; it answers no request afterwards. */
    @Override
    void close();
}
