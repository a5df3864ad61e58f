package io.shopml.serving.call;

import io.grpc.Context;
import io.shopml.serving.errors.PermissionDeniedException;
import java.util.Set;

/**
 * What the server learns about one gRPC call while answering it: who called (as a hash, never in
 * clear), which models the caller may use, and which model and version answered. It lives in the
 * call's {@link Context}, so the registry can fill it in and check permissions for every service,
 * typed ones included, without each service passing it along; the request log and the metrics read
 * it when the call closes.
 *
 * <pre>{@code
 * CallRecord.current().admit("sales-forecaster");      // PERMISSION_DENIED unless allowed
 * CallRecord.current().served("sales-forecaster", 3);
 * }</pre>
 */
public final class CallRecord {

    static final Context.Key<CallRecord> KEY = Context.key("shopml-call-record");
    private static final CallRecord DETACHED = new CallRecord("");

    private final String method;
    private volatile String callerHash = "";
    private volatile Set<String> allowedModels;
    private volatile boolean admin = true;
    private volatile String model = "";
    private volatile String version = "";

    CallRecord(String method) {
        this.method = method;
    }

    /** The record of the call being answered; a detached one (allowing everything) outside a call. */
    public static CallRecord current() {
        CallRecord record = KEY.get();
        return record == null ? DETACHED : record;
    }

    /**
     * Checks that the caller may use {@code model} and notes it as the call's model.
     *
     * @throws PermissionDeniedException when the caller's token does not allow the model
     */
    public void admit(String model) {
        Set<String> allowed = allowedModels;
        if (allowed != null && !allowed.contains(model) && !allowed.contains("*")) {
            throw new PermissionDeniedException("this token may not use model '" + model + "'");
        }
        if (this != DETACHED) {
            this.model = model;
        }
    }

    /**
     * Checks that the caller may use the admin API.
     *
     * @throws PermissionDeniedException when the caller's token is not an admin token
     */
    public void admitAdmin() {
        if (!admin) {
            throw new PermissionDeniedException("this token may not use the admin API");
        }
    }

    /** Notes the model version that answered. */
    public void served(String model, int version) {
        if (this != DETACHED) {
            this.model = model;
            this.version = Integer.toString(version);
        }
    }

    /** Sets who called and what it may do; called by the authenticator. */
    void authenticate(String callerHash, Set<String> allowedModels, boolean admin) {
        this.callerHash = callerHash;
        this.allowedModels = Set.copyOf(allowedModels);
        this.admin = admin;
    }

    void caller(String callerHash) {
        this.callerHash = callerHash;
    }

    String method() {
        return method;
    }

    String callerHash() {
        return callerHash;
    }

    String model() {
        return model;
    }

    String version() {
        return version;
    }
}
