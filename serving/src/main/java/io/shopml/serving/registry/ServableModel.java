package io.shopml.serving.registry;

import io.shopml.models.artifact.Manifest;

/**
 * One loaded model version, whatever framework holds it: the only view of a model that services
 * have. Requests reach {@link #infer} already checked against the manifest's input signature (see
 * {@link SignatureValidator}), so an implementation only checks what the signature cannot say
 * (values, e.g. finite numbers). Implementations are thread-safe; {@link #close} frees the
 * framework's native memory.
 */
public interface ServableModel extends AutoCloseable {

    /** The model name, equal to its repository folder. */
    String name();

    /** The version number being served. */
    int version();

    /** The version's manifest: signature, preprocessing, provenance. */
    Manifest manifest();

    /** The framework that runs it, as KServe's {@code platform}, e.g. "dl4j". */
    String platform();

    /**
     * Runs the model on one request.
     *
     * @throws io.shopml.serving.errors.InvalidInputException when a value is unusable
     */
    InferenceResult infer(InferenceRequest request);

    /** Frees what the model holds; it answers no request afterwards. */
    @Override
    void close();
}
