package io.shopml.serving.kserve;

import inference.GrpcPredictV2.ModelInferRequest;
import inference.GrpcPredictV2.ModelInferRequest.InferInputTensor;
import io.shopml.serving.errors.InvalidInputException;

/**
 * Caps on what one inference request may carry, checked before any tensor is decoded, so one
 * request cannot make the server allocate without bound. The message size cap itself is gRPC's
 * (see {@code InferenceServer.Builder#maxInboundMessageBytes}).
 *
 * @param maxTensors  input tensors per request
 * @param maxElements elements over all input tensors of a request
 */
public record RequestLimits(int maxTensors, long maxElements) {

    /** 64 tensors and 16 Mi elements per request. */
    public static final RequestLimits DEFAULT = new RequestLimits(64, 16L * 1024 * 1024);

    /** Checks both limits are positive. */
    public RequestLimits {
        if (maxTensors < 1 || maxElements < 1) {
            throw new IllegalArgumentException("request limits must be positive, got max_tensors " + maxTensors
                    + ", max_elements " + maxElements);
        }
    }

    /**
     * Checks {@code request} against both limits.
     *
     * @throws InvalidInputException naming the limit that was exceeded
     */
    void check(ModelInferRequest request) {
        if (request.getInputsCount() > maxTensors) {
            throw new InvalidInputException("request has " + request.getInputsCount() + " input tensors; this server"
                    + " accepts at most " + maxTensors + " (max_tensors_per_request)");
        }
        long elements = 0;
        for (InferInputTensor input : request.getInputsList()) {
            long count = 1;
            for (long dim : input.getShapeList()) {
                if (dim < 0) {
                    throw new InvalidInputException("input '" + input.getName() + "': shape " + input.getShapeList()
                            + " has a negative dimension");
                }
                count = dim == 0 ? 0 : (count > maxElements / dim ? maxElements + 1 : count * dim);
            }
            elements += count;
            if (elements > maxElements) {
                throw new InvalidInputException("request has more than " + maxElements + " elements over its inputs"
                        + " (max_elements_per_request); split it into smaller requests");
            }
        }
    }
}
