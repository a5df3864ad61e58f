package io.shopml.serving.kserve;

import inference.GRPCInferenceServiceGrpc;
import inference.GrpcPredictV2.ModelInferRequest;
import inference.GrpcPredictV2.ModelInferRequest.InferRequestedOutputTensor;
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
import io.shopml.serving.errors.GrpcErrors;
import io.shopml.serving.errors.InvalidInputException;
import io.shopml.serving.registry.InferenceRequest;
import io.shopml.serving.registry.InferenceResult;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.ServableModel;
import io.shopml.serving.registry.SignatureValidator;
import io.shopml.serving.tensor.Tensor;
import io.shopml.serving.tensor.TensorCodec;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All six RPCs of the KServe v2 {@code GRPCInferenceService} over a {@link ModelRegistry}.
 * {@code ModelInfer} decodes the request's tensors, checks them against the model's signature,
 * runs the model and encodes only the requested outputs (all when none are named), echoing the
 * request id and filling in the served version. Set the request parameter
 * {@value #BINARY_DATA_OUTPUT} to {@code true} to get outputs in {@code raw_output_contents}.
 * Unknown models and versions answer {@code NOT_FOUND}, as KServe servers do, also for
 * {@code ModelReady}; a model whose version failed to load is not ready, and its metadata and
 * inference calls answer {@code UNAVAILABLE} with the reason.
 */
public final class KServeInferenceService extends GRPCInferenceServiceGrpc.GRPCInferenceServiceImplBase {

    /** Request parameter (bool) asking for outputs as little-endian {@code raw_output_contents}. */
    public static final String BINARY_DATA_OUTPUT = "binary_data_output";

    /** The server name {@code ServerMetadata} reports. */
    public static final String SERVER_NAME = "shopml";

    private final ModelRegistry registry;

    public KServeInferenceService(ModelRegistry registry) {
        this.registry = registry;
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
        GrpcErrors.respond(observer, () -> infer(request));
    }

    private ModelInferResponse infer(ModelInferRequest request) {
        ServableModel model = registry.get(request.getModelName(), request.getModelVersion());
        Map<String, Object> parameters = InferParameters.toJava(request.getParametersMap());
        Set<String> requestedOutputs = new LinkedHashSet<>();
        for (InferRequestedOutputTensor output : request.getOutputsList()) {
            requestedOutputs.add(output.getName());
        }
        InferenceRequest inference = new InferenceRequest(TensorCodec.decodeInputs(request), parameters,
                requestedOutputs);
        SignatureValidator.validate(model.manifest(), inference);
        boolean rawOutput = rawOutput(parameters);
        InferenceResult result = model.infer(inference);
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

    private static ModelMetadataResponse metadata(ServableModel model) {
        ModelMetadataResponse.Builder metadata = ModelMetadataResponse.newBuilder()
                .setName(model.name())
                .addVersions(Integer.toString(model.version()))
                .setPlatform(model.platform());
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
