package io.shopml.serving.sentiment;

import io.grpc.BindableService;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.server.TypedServiceFactory;

/** Registers {@code shopml.v1.SentimentService} with the server. */
public final class SentimentServiceFactory implements TypedServiceFactory {

    @Override
    public BindableService create(ModelRegistry registry) {
        return new SentimentGrpcService(registry);
    }
}
