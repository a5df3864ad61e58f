package io.shopml.serving.forecast;

import io.shopml.gpuconfig.DeviceConfig;
import io.shopml.gpuconfig.ModelPlacement;
import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.serving.registry.ServableLoader;
import io.shopml.serving.registry.ServableModel;

/** Loads versions whose manifest says task {@code forecast} on framework {@code dl4j}. */
public final class ForecasterLoader implements ServableLoader {

    @Override
    public boolean supports(Manifest manifest) {
        return "forecast".equals(manifest.task()) && "dl4j".equals(manifest.framework());
    }

    @Override
    public ServableModel load(ModelArtifact artifact) {
        // DL4J runs where ND4J's one backend runs; a placement elsewhere fails this load with the reason.
        ModelPlacement.requireNd4jDevice(DeviceConfig.current(), artifact.manifest().name());
        return ForecasterServable.load(artifact);
    }
}
