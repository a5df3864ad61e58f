/**
 * What the server knows about each gRPC call: {@link io.shopml.serving.call.CallRecorder} gives
 * every call a {@link io.shopml.serving.call.CallRecord} (model, version, hashed caller), counts it
 * in the metrics and writes the request log line; {@link io.shopml.serving.call.TokenAuthenticator}
 * checks bearer tokens and puts the caller's allowed models into the record, which the registry
 * enforces for every service.
 *
 * <pre>{@code
 * netty.intercept(new TokenAuthenticator(TokenFile.read(tokens), hash));
 * netty.intercept(new CallRecorder(metrics, hash));      // outermost: logs refusals too
 * }</pre>
 */
package io.shopml.serving.call;
