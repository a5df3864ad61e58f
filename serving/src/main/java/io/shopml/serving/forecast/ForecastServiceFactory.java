package io.shopml.serving.forecast;

import io.grpc.BindableService;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.server.TypedServiceFactory;

/** Registers {@code shopml.v1.ForecastService} with the server. */
public final class ForecastServiceFactory implements TypedServiceFactory {

    @Override
    public BindableService create(ModelRegistry registry) {
        return new ForecastGrpcService(registry);
    }
}
