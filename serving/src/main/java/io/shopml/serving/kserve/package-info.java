/**
 * The KServe v2 Open Inference Protocol over gRPC ({@code inference.GRPCInferenceService}), so any
 * stock KServe or Triton client can query every shopml model. The service only translates: tensors
 * go through {@link io.shopml.serving.tensor.TensorCodec}, checks through
 * {@link io.shopml.serving.registry.SignatureValidator}, errors through
 * {@link io.shopml.serving.errors.GrpcErrors}; it never touches model internals.
 *
 * <pre>{@code
 * Server server = Grpc.newServerBuilderForPort(8500, InsecureServerCredentials.create())
 *         .addService(new KServeInferenceService(registry))
 *         .build();
 * }</pre>
 */
package io.shopml.serving.kserve;
