package io.shopml.serving.server;

import io.grpc.stub.StreamObserver;
import io.shopml.serving.errors.GrpcErrors;
import io.shopml.serving.registry.InferenceResult;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.ServableModel;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Answers a unary call that goes through a model's queue: the one shape every inference service
 * (KServe and the typed ones) shares. Routing, validation and queueing errors answer at once; the
 * response is built from the result on the model's worker, and any error becomes the call's status.
 *
 * <pre>{@code
 * QueuedCall.answer(responses, () -> registry.submit(name, version, model -> request),
 *         (model, result) -> toResponse(model, result));
 * }</pre>
 */
public final class QueuedCall {

    private QueuedCall() {
    }

    public static <T> void answer(StreamObserver<T> responses, Supplier<ModelRegistry.Submission> submit,
                                  BiFunction<ServableModel, InferenceResult, T> response) {
        ModelRegistry.Submission submission;
        try {
            submission = submit.get();
        } catch (RuntimeException e) {
            responses.onError(GrpcErrors.toStatus(e));
            return;
        }
        submission.result().whenComplete((result, error) -> {
            if (error != null) {
                responses.onError(GrpcErrors.toStatus(error));
            } else {
                GrpcErrors.respond(responses, () -> response.apply(submission.model(), result));
            }
        });
    }
}
