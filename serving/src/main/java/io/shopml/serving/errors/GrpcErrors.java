package io.shopml.serving.errors;

import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become gRPC statuses, so every service reports the same failure
 * with the same code. Domain exceptions keep their message (it tells the client what to fix);
 * anything unexpected becomes {@code INTERNAL} with a generic message and an error id, while the
 * full exception is logged at ERROR under that id: clients never see stack traces or internals.
 *
 * <pre>{@code
 * GrpcErrors.respond(observer, () -> infer(request));
 * }</pre>
 */
public final class GrpcErrors {

    private static final Logger LOG = LoggerFactory.getLogger(GrpcErrors.class);

    private GrpcErrors() {
    }

    /** The status a client should receive for {@code error}. */
    public static StatusRuntimeException toStatus(Throwable error) {
        if (error instanceof StatusRuntimeException status) {
            return status;
        }
        if (error instanceof StatusException status) {
            return status.getStatus().asRuntimeException(status.getTrailers());
        }
        if (error instanceof InvalidInputException) {
            return Status.INVALID_ARGUMENT.withDescription(error.getMessage()).asRuntimeException();
        }
        if (error instanceof ModelNotFoundException) {
            return Status.NOT_FOUND.withDescription(error.getMessage()).asRuntimeException();
        }
        if (error instanceof ModelNotReadyException) {
            return Status.UNAVAILABLE.withDescription(error.getMessage()).asRuntimeException();
        }
        if (error instanceof QueueFullException) {
            return Status.RESOURCE_EXHAUSTED.withDescription(error.getMessage()).asRuntimeException();
        }
        if (error instanceof PermissionDeniedException) {
            return Status.PERMISSION_DENIED.withDescription(error.getMessage()).asRuntimeException();
        }
        if (error instanceof CompletionException && error.getCause() != null) {
            return toStatus(error.getCause());
        }
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("internal error {} while answering a request", errorId, error);
        return Status.INTERNAL
                .withDescription("internal server error (id " + errorId + "); the server log has the details")
                .asRuntimeException();
    }

    /**
     * Answers a unary call: sends what {@code answer} returns, or the status of what it throws.
     */
    public static <T> void respond(StreamObserver<T> observer, Supplier<T> answer) {
        T reply;
        try {
            reply = answer.get();
        } catch (RuntimeException e) {
            observer.onError(toStatus(e));
            return;
        }
        observer.onNext(reply);
        observer.onCompleted();
    }
}
