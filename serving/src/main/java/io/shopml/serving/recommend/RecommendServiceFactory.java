package io.shopml.serving.recommend;

import io.grpc.BindableService;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.server.TypedServiceFactory;

/** Registers {@code shopml.v1.RecommendService} with the server. */
public final class RecommendServiceFactory implements TypedServiceFactory {

    @Override
    public BindableService create(ModelRegistry registry) {
        return new RecommendGrpcService(registry);
    }
}
