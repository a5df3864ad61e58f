package io.shopml.serving.server;

import io.grpc.BindableService;
import io.shopml.serving.registry.ModelRegistry;

import java.util.List;
import java.util.ServiceLoader;

/**
 * Makes one typed {@code shopml.v1} service over the registry. Each model's package registers its
 * factory in {@code META-INF/services/io.shopml.serving.server.TypedServiceFactory}, so adding a
 * model's service touches no shared wiring code.
 */
public interface TypedServiceFactory {

    BindableService create(ModelRegistry registry);

    /** A service from every factory on the class path. */
    static List<BindableService> createInstalled(ModelRegistry registry) {
        return ServiceLoader.load(TypedServiceFactory.class).stream()
                .map(provider -> provider.get().create(registry))
                .toList();
    }
}
