package io.shopml.serving.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrpcErrorsTest {

    @Test
    void toStatus_invalidInput_isInvalidArgumentWithTheMessage() {
        StatusRuntimeException status = GrpcErrors.toStatus(new InvalidInputException("input 'x': bad"));

        assertEquals(Status.Code.INVALID_ARGUMENT, status.getStatus().getCode());
        assertEquals("input 'x': bad", status.getStatus().getDescription());
    }

    @Test
    void toStatus_modelNotFound_isNotFound() {
        assertEquals(Status.Code.NOT_FOUND,
                GrpcErrors.toStatus(new ModelNotFoundException("unknown model 'm'")).getStatus().getCode());
    }

    @Test
    void toStatus_modelNotReady_isUnavailable() {
        assertEquals(Status.Code.UNAVAILABLE,
                GrpcErrors.toStatus(new ModelNotReadyException("model 'm' failed")).getStatus().getCode());
    }

    @Test
    void toStatus_statusException_passesThroughUnchanged() {
        StatusRuntimeException deadline = Status.DEADLINE_EXCEEDED.withDescription("too slow").asRuntimeException();

        assertSame(deadline, GrpcErrors.toStatus(deadline));
    }

    @Test
    void toStatus_unexpectedException_isInternal_withoutLeakingItsMessage() {
        StatusRuntimeException status = GrpcErrors.toStatus(
                new IllegalStateException("secret path /opt/models/weights.bin"));

        assertEquals(Status.Code.INTERNAL, status.getStatus().getCode());
        assertFalse(status.getStatus().getDescription().contains("secret"), status.getStatus().getDescription());
        assertTrue(status.getStatus().getDescription().startsWith("internal server error (id "),
                status.getStatus().getDescription());
    }

    @Test
    void respond_sendsTheAnswerAndCompletes() {
        RecordingObserver<String> observer = new RecordingObserver<>();

        GrpcErrors.respond(observer, () -> "ok");

        assertEquals(List.of("ok"), observer.values);
        assertTrue(observer.completed);
    }

    @Test
    void respond_sendsTheStatusOfWhatTheAnswerThrows() {
        RecordingObserver<String> observer = new RecordingObserver<>();

        GrpcErrors.respond(observer, () -> {
            throw new ModelNotFoundException("unknown model 'm'");
        });

        assertEquals(List.of(), observer.values);
        assertEquals(Status.Code.NOT_FOUND, Status.fromThrowable(observer.error).getCode());
        assertFalse(observer.completed);
    }

    private static final class RecordingObserver<T> implements StreamObserver<T> {
        final List<T> values = new ArrayList<>();
        Throwable error;
        boolean completed;

        @Override
        public void onNext(T value) {
            values.add(value);
        }

        @Override
        public void onError(Throwable t) {
            error = t;
        }

        @Override
        public void onCompleted() {
            completed = true;
        }
    }
}
