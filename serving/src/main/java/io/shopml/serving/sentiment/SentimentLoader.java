package io.shopml.serving.sentiment;

import io.shopml.gpuconfig.DeviceConfig;
import io.shopml.gpuconfig.ModelPlacement;
import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.sentiment.LoadedSentimentModel;
import io.shopml.serving.registry.ServableLoader;
import io.shopml.serving.registry.ServableModel;

/** Loads task {@code sentiment} versions, trained ({@code djl-pytorch}) or imported ({@code torchscript}). */
public final class SentimentLoader implements ServableLoader {

    @Override
    public boolean supports(Manifest manifest) {
        return "sentiment".equals(manifest.task())
                && (LoadedSentimentModel.FRAMEWORK_DJL.equals(manifest.framework())
                || LoadedSentimentModel.FRAMEWORK_TORCHSCRIPT.equals(manifest.framework()));
    }

    @Override
    public ServableModel load(ModelArtifact artifact) {
        // Placed per model (device settings, placement:); a GPU PyTorch does not see fails this load only.
        return SentimentServable.load(artifact, ModelPlacement.djlDevice(DeviceConfig.current(), artifact.manifest().name()));
    }
}
