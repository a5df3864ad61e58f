package io.shopml.serving.registry;

import io.shopml.models.artifact.Manifest;
import io.shopml.serving.tensor.DataType;
import io.shopml.serving.tensor.Tensor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A test-only servable loaded from a real artifact: multiplies FP32 input {@code x} [-1, 3] by the
 * factor stored in the artifact's {@code factor.txt}, returning {@code y} [-1, 3] and the row sums
 * {@code sum} [-1]. The optional request parameter {@code offset} (int64) is added to {@code y};
 * the response parameter {@code rows} tells how many rows it saw.
 */
public final class ScaleModel implements ServableModel {

    private final Manifest manifest;
    private final float factor;
    private final AtomicBoolean closed = new AtomicBoolean();

    ScaleModel(Manifest manifest, float factor) {
        this.manifest = manifest;
        this.factor = factor;
    }

    @Override
    public String name() {
        return manifest.name();
    }

    @Override
    public int version() {
        return manifest.version();
    }

    @Override
    public Manifest manifest() {
        return manifest;
    }

    @Override
    public String platform() {
        return ScaleLoader.FRAMEWORK;
    }

    @Override
    public InferenceResult infer(InferenceRequest request) {
        Tensor x = request.inputs().get("x");
        float offset = ((Long) request.parameters().getOrDefault("offset", 0L)).floatValue();
        float[] values = x.floats();
        int rows = values.length / 3;
        float[] y = new float[values.length];
        float[] sums = new float[rows];
        for (int i = 0; i < values.length; i++) {
            y[i] = values[i] * factor + offset;
            sums[i / 3] += y[i];
        }
        return new InferenceResult(
                List.of(new Tensor("y", DataType.FP32, new long[] {rows, 3}, y),
                        new Tensor("sum", DataType.FP32, new long[] {rows}, sums)),
                Map.of("rows", (long) rows));
    }

    /** Whether {@link #close} has been called. */
    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public void close() {
        closed.set(true);
    }
}
