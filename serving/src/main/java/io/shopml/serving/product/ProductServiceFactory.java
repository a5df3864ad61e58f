package io.shopml.serving.product;

import io.grpc.BindableService;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.server.TypedServiceFactory;

/** Registers {@code shopml.v1.ProductService} with the server. */
public final class ProductServiceFactory implements TypedServiceFactory {

    @Override
    public BindableService create(ModelRegistry registry) {
        return new ProductGrpcService(registry);
    }
}
