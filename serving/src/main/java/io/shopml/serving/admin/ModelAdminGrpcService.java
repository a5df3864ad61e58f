package io.shopml.serving.admin;

import io.grpc.stub.StreamObserver;
import io.shopml.proto.v1.ListModelsRequest;
import io.shopml.proto.v1.ListModelsResponse;
import io.shopml.proto.v1.LoadModelRequest;
import io.shopml.proto.v1.ModelAdminServiceGrpc;
import io.shopml.proto.v1.ModelVersionsResponse;
import io.shopml.proto.v1.UnloadModelRequest;
import io.shopml.proto.v1.VersionStatus;
import io.shopml.serving.call.CallRecord;
import io.shopml.serving.errors.GrpcErrors;
import io.shopml.serving.errors.InvalidInputException;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.ModelStatus;
import java.util.List;
import java.util.Map;

/**
 * {@code shopml.v1.ModelAdminService}: lists every version with its state and reason, and loads or
 * unloads a model on request, over the same {@link ModelRegistry} the repository poller refreshes.
 * With token auth on, only admin tokens may call it ({@code PERMISSION_DENIED} otherwise).
 */
public final class ModelAdminGrpcService extends ModelAdminServiceGrpc.ModelAdminServiceImplBase {

    private final ModelRegistry registry;

    public ModelAdminGrpcService(ModelRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void listModels(ListModelsRequest request, StreamObserver<ListModelsResponse> observer) {
        GrpcErrors.respond(observer, () -> {
            CallRecord.current().admitAdmin();
            return ListModelsResponse.newBuilder().addAllVersions(describe(registry.versionStatuses())).build();
        });
    }

    @Override
    public void loadModel(LoadModelRequest request, StreamObserver<ModelVersionsResponse> observer) {
        GrpcErrors.respond(observer, () -> {
            CallRecord.current().admitAdmin();
            return ModelVersionsResponse.newBuilder()
                    .addAllVersions(describe(registry.loadModel(required(request.getModelName())))).build();
        });
    }

    @Override
    public void unloadModel(UnloadModelRequest request, StreamObserver<ModelVersionsResponse> observer) {
        GrpcErrors.respond(observer, () -> {
            CallRecord.current().admitAdmin();
            return ModelVersionsResponse.newBuilder()
                    .addAllVersions(describe(registry.unloadModel(required(request.getModelName())))).build();
        });
    }

    private static String required(String modelName) {
        if (modelName.isEmpty()) {
            throw new InvalidInputException("model_name is empty; name the repository folder of the model");
        }
        return modelName;
    }

    private List<VersionStatus> describe(List<ModelStatus> statuses) {
        return statuses.stream().map(this::describe).toList();
    }

    private VersionStatus describe(ModelStatus status) {
        ModelStatus served = registry.statuses().stream().filter(s -> s.name().equals(status.name())).findFirst()
                .orElse(null);
        VersionStatus.Builder version = VersionStatus.newBuilder()
                .setModelName(status.name())
                .setVersion(status.version())
                .setState(status.state().name())
                .setReason(status.reason())
                .setIsDefault(served != null && served.isReady() && served.version() == status.version());
        for (Map.Entry<String, Integer> label : registry.labels(status.name()).entrySet()) {
            if (label.getValue() == status.version()) {
                version.addLabels(label.getKey());
            }
        }
        return version.build();
    }
}
