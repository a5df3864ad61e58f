/**
 * The serving tier's domain exceptions and their one translation into gRPC status codes.
 *
 * <p>Models, codecs and the registry throw {@link io.shopml.serving.errors.InvalidInputException},
 * {@link io.shopml.serving.errors.ModelNotFoundException} or
 * {@link io.shopml.serving.errors.ModelNotReadyException} without knowing about gRPC; every service
 * answers through {@link io.shopml.serving.errors.GrpcErrors}, so the same failure always reaches a
 * client with the same code, and an unexpected one never leaks a stack trace.
 *
 * <pre>{@code
 * public void predict(Request request, StreamObserver<Reply> observer) {
 *     GrpcErrors.respond(observer, () -> answer(request));
 * }
 * }</pre>
 */
package io.shopml.serving.errors;
