package io.shopml.serving.call;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.health.v1.HealthGrpc;
import io.shopml.serving.security.TokenFile;
import java.util.Optional;

/**
 * Bearer-token authentication: every call but health checks must carry
 * {@code authorization: Bearer <token>} with a token from the {@link TokenFile}, or it is refused
 * with {@code UNAUTHENTICATED} before any service sees it. The caller's allowed models go into the
 * call's {@link CallRecord}, where the registry enforces them ({@code PERMISSION_DENIED}). Install
 * it inside {@link CallRecorder} so refusals are logged and counted too.
 */
public final class TokenAuthenticator implements ServerInterceptor {

    static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    private static final String BEARER = "Bearer ";

    private final TokenFile tokens;
    private final CallerHash callerHash;

    public TokenAuthenticator(TokenFile tokens, CallerHash callerHash) {
        this.tokens = tokens;
        this.callerHash = callerHash;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                      ServerCallHandler<Q, R> next) {
        if (HealthGrpc.SERVICE_NAME.equals(call.getMethodDescriptor().getServiceName())) {
            return next.startCall(call, headers);
        }
        String authorization = headers.get(AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            call.close(Status.UNAUTHENTICATED.withDescription(
                    "missing bearer token: send the header 'authorization: Bearer <token>'"), new Metadata());
            return new ServerCall.Listener<>() { };
        }
        Optional<TokenFile.Caller> caller = tokens.authenticate(authorization.substring(BEARER.length()).trim());
        if (caller.isEmpty()) {
            call.close(Status.UNAUTHENTICATED.withDescription("unknown bearer token"), new Metadata());
            return new ServerCall.Listener<>() { };
        }
        CallRecord.current().authenticate(callerHash.of("token:" + caller.get().name()), caller.get().models(),
                caller.get().admin());
        return next.startCall(call, headers);
    }
}
