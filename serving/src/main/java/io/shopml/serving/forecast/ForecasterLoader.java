package io.shopml.serving.forecast;

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
        return ForecasterServable.load(artifact);
    }
}
