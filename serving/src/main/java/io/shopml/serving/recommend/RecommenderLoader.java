package io.shopml.serving.recommend;

import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.serving.registry.ServableLoader;
import io.shopml.serving.registry.ServableModel;

/** Loads versions whose manifest says task {@code recommend} on framework {@code dl4j}. */
public final class RecommenderLoader implements ServableLoader {

    @Override
    public boolean supports(Manifest manifest) {
        return "recommend".equals(manifest.task()) && "dl4j".equals(manifest.framework());
    }

    @Override
    public ServableModel load(ModelArtifact artifact) {
        return RecommenderServable.load(artifact);
    }
}
