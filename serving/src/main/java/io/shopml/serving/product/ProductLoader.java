package io.shopml.serving.product;

import io.shopml.gpuconfig.DeviceConfig;
import io.shopml.gpuconfig.ModelPlacement;
import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.serving.registry.ServableLoader;
import io.shopml.serving.registry.ServableModel;

/** Loads versions whose manifest says task {@code product} on framework {@code djl-pytorch}. */
public final class ProductLoader implements ServableLoader {

    @Override
    public boolean supports(Manifest manifest) {
        return "product".equals(manifest.task()) && "djl-pytorch".equals(manifest.framework());
    }

    @Override
    public ServableModel load(ModelArtifact artifact) {
        // Placed per model (device settings, placement:); a GPU PyTorch does not see fails this load only.
        return ProductServable.load(artifact, ModelPlacement.djlDevice(DeviceConfig.current(), artifact.manifest().name()));
    }
}
