package io.shopml.serving.server;

import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.serving.registry.InferenceRequest;
import io.shopml.serving.registry.InferenceResult;
import io.shopml.serving.registry.ScaleLoader;
import io.shopml.serving.registry.ScaleModel;
import io.shopml.serving.registry.ServableLoader;
import io.shopml.serving.registry.ServableModel;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads {@link ScaleModel}s whose inference waits at a gate until the test opens it, so a test can
 * hold a call in flight while the server shuts down. They skip warm-up, which would wait at the gate.
 */
final class GatedLoader implements ServableLoader {

    final CountDownLatch callEntered = new CountDownLatch(1);
    final CountDownLatch gate = new CountDownLatch(1);
    /** Inference calls that reached the model (warm-up is skipped). */
    final AtomicInteger calls = new AtomicInteger();
    private final ScaleLoader scaleLoader = new ScaleLoader();

    @Override
    public boolean supports(Manifest manifest) {
        return scaleLoader.supports(manifest);
    }

    @Override
    public ServableModel load(ModelArtifact artifact) {
        ServableModel model = scaleLoader.load(artifact);
        return new ServableModel() {
            @Override
            public String name() {
                return model.name();
            }

            @Override
            public int version() {
                return model.version();
            }

            @Override
            public Manifest manifest() {
                return model.manifest();
            }

            @Override
            public String platform() {
                return model.platform();
            }

            @Override
            public List<InferenceRequest> warmUpRequests() {
                return List.of();
            }

            @Override
            public InferenceResult infer(InferenceRequest request) {
                calls.incrementAndGet();
                callEntered.countDown();
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted at the gate", e);
                }
                return model.infer(request);
            }

            @Override
            public void close() {
                model.close();
            }
        };
    }

    /** The one model loaded, as the scale loader made it. */
    ScaleModel loaded() {
        return scaleLoader.loaded().get(0);
    }
}
