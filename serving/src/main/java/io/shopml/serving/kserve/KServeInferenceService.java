package io.shopml.serving.kserve;

import inference.GRPCInferenceServiceGrpc;
import inference.GrpcPredictV2.ModelInferRequest;
import inference.GrpcPredictV2.ModelInferResponse;
import inference.GrpcPredictV2.ModelMetadataRequest;
import inference.GrpcPredictV2.ModelMetadataResponse;
import inference.GrpcPredictV2.ModelMetadataResponse.TensorMetadata;
import inference.GrpcPredictV2.ModelReadyRequest;
import inference.GrpcPredictV2.ModelReadyResponse;
import inference.GrpcPredictV2.ServerLiveRequest;
import inference.GrpcPredictV2.ServerLiveResponse;
import inference.GrpcPredictV2.ServerMetadataRequest;
import inference.GrpcPredictV2.ServerMetadataResponse;
import inference.GrpcPredictV2.ServerReadyRequest;
import inference.GrpcPredictV2.ServerReadyResponse;
import io.grpc.stub.StreamObserver;
import io.shopml.models.artifact.TensorSpec;
import io.shopml.serving.call.CallRecord;
import io.shopml.serving.errors.GrpcErrors;
import io.shopml.serving.errors.InvalidInputException;
import io.shopml.serving.registry.InferenceRequest;
import io.shopml.serving.registry.InferenceResult;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.ModelStatus;
import io.shopml.serving.registry.ServableModel;
import io.shopml.serving.server.QueuedCall;
import io.shopml.serving.tensor.Tensor;
import io.shopml.serving.tensor.TensorCodec;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * All six RPCs of the KServe v2 {@code GRPCInferenceService} over a {@link ModelRegistry}.
 * {@code ModelInfer} decodes the request's tensors, checks them against the model's signature,
 * runs the model and encodes only the requested outputs (all when none are named), echoing the
 * request id and filling in the served version. Set the request parameter
 * {@value #BINARY_DATA_OUTPUT} to {@code true} to get outputs in {@code raw_output_contents}.
 * Unknown models and versions answer {@code NOT_FOUND}, as KServe servers do, also for
 * {@code ModelReady}; a version that failed to load, is loading or was unloaded is not ready, and its
 * metadata and inference calls answer {@code UNAVAILABLE} with the state and reason.
 * {@code model_version} may be a number, a label ({@code stable}, {@code canary}) or empty for the
 * default version. Inference goes through the version's queue and dynamic batcher
 * ({@link ModelRegistry#submit}): the response is sent when the batch completes, from the model's
 * worker thread; requests over the {@link RequestLimits} are refused before decoding.
 */
public final class KServeInferenceService extends GRPCInferenceServiceGrpc.GRPCInferenceServiceImplBase {

    /** Request parameter (bool) asking for outputs as little-endian {@code raw_output_contents}. */
    public static final String BINARY_DATA_OUTPUT = "binary_data_output";

    /** The server name {@code ServerMetadata} reports. */
    public static final String SERVER_NAME = "shopml";

    private final ModelRegistry registry;
    private final RequestLimits limits;

    /** The service with {@link RequestLimits#DEFAULT}. */
    public KServeInferenceService(ModelRegistry registry) {
        this(registry, RequestLimits.DEFAULT);
    }

    public KServeInferenceService(ModelRegistry registry, RequestLimits limits) {
        this.registry = registry;
        this.limits = limits;
    }

    @Override
    public void serverLive(ServerLiveRequest request, StreamObserver<ServerLiveResponse> observer) {
        GrpcErrors.respond(observer, () -> ServerLiveResponse.newBuilder().setLive(true).build());
    }

    @Override
    public void serverReady(ServerReadyRequest request, StreamObserver<ServerReadyResponse> observer) {
        GrpcErrors.respond(observer, () -> ServerReadyResponse.newBuilder().setReady(registry.allReady()).build());
    }

    @Override
    public void modelReady(ModelReadyRequest request, StreamObserver<ModelReadyResponse> observer) {
        GrpcErrors.respond(observer, () -> ModelReadyResponse.newBuilder()
                .setReady(registry.status(request.getName(), request.getVersion()).isReady())
                .build());
    }

    @Override
    public void serverMetadata(ServerMetadataRequest request, StreamObserver<ServerMetadataResponse> observer) {
        GrpcErrors.respond(observer, () -> ServerMetadataResponse.newBuilder()
                .setName(SERVER_NAME)
                .setVersion(serverVersion())
                .build());
    }

    @Override
    public void modelMetadata(ModelMetadataRequest request, StreamObserver<ModelMetadataResponse> observer) {
        GrpcErrors.respond(observer, () -> metadata(registry.get(request.getName(), request.getVersion())));
    }

    @Override
    public void modelInfer(ModelInferRequest request, StreamObserver<ModelInferResponse> observer) {
        Set<String> requestedOutputs = new LinkedHashSet<>();  // request order, which the response keeps
        request.getOutputsList().forEach(output -> requestedOutputs.add(output.getName()));
        AtomicBoolean rawOutput = new AtomicBoolean();
        QueuedCall.answer(observer, () -> {
            CallRecord.current().admit(request.getModelName());
            limits.check(request);
            InferenceRequest inference = InferParameters.toInference(request);
            rawOutput.set(rawOutput(inference.parameters()));
            return registry.submit(request.getModelName(), request.getModelVersion(), inference);
        }, (model, result) -> response(request, model, result, requestedOutputs, rawOutput.get()));
    }

    private static ModelInferResponse response(ModelInferRequest request, ServableModel model, InferenceResult result,
                                               Set<String> requestedOutputs, boolean rawOutput) {
        return TensorCodec.encodeOutputs(selectOutputs(model, result.outputs(), requestedOutputs), rawOutput)
                .setModelName(model.name())
                .setModelVersion(Integer.toString(model.version()))
                .setId(request.getId())
                .putAllParameters(InferParameters.toProto(result.parameters()))
                .build();
    }

    private static boolean rawOutput(Map<String, Object> parameters) {
        Object value = parameters.getOrDefault(BINARY_DATA_OUTPUT, false);
        if (!(value instanceof Boolean flag)) {
            throw new InvalidInputException("parameter '" + BINARY_DATA_OUTPUT + "' is " + value
                    + "; expected bool_param true or false");
        }
        return flag;
    }

    /** The requested outputs in request order, or all of them when none were requested. */
    private static List<Tensor> selectOutputs(ServableModel model, List<Tensor> outputs, Set<String> requested) {
        if (requested.isEmpty()) {
            return outputs;
        }
        return requested.stream()
                .map(name -> outputs.stream().filter(output -> output.name().equals(name)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("model '" + model.name() + "' version "
                                + model.version() + " declares output '" + name + "' but did not return it")))
                .toList();
    }

    private ModelMetadataResponse metadata(ServableModel model) {
        ModelMetadataResponse.Builder metadata = ModelMetadataResponse.newBuilder()
                .setName(model.name())
                .setPlatform(model.platform());
        registry.versionStatuses(model.name()).stream().filter(ModelStatus::isReady)
                .forEach(status -> metadata.addVersions(Integer.toString(status.version())));
        model.manifest().inputs().forEach(spec -> metadata.addInputs(tensorMetadata(spec)));
        model.manifest().outputs().forEach(spec -> metadata.addOutputs(tensorMetadata(spec)));
        return metadata.build();
    }

    private static TensorMetadata tensorMetadata(TensorSpec spec) {
        TensorMetadata.Builder tensor = TensorMetadata.newBuilder().setName(spec.name()).setDatatype(spec.datatype());
        for (long dim : spec.shape()) {
            tensor.addShape(dim);
        }
        return tensor.build();
    }

    /** The shopml-serving jar's Implementation-Version, or "development" when run from classes. */
    private static String serverVersion() {
        String version = KServeInferenceService.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
