package io.shopml.serving.registry;

import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.TensorSpec;
import io.shopml.serving.tensor.DataType;
import io.shopml.serving.tensor.Shapes;
import io.shopml.serving.tensor.Tensor;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Well-formed requests made from a manifest's input signature, for warm-up. */
public final class SyntheticRequests {

    private static final byte[] TEXT = "warm-up".getBytes(StandardCharsets.UTF_8);

    private SyntheticRequests() {
    }

    /** One request: every input with variable dimensions set to 1, numbers 0, byte strings "warm-up". */
    public static InferenceRequest fromSignature(Manifest manifest) {
        Map<String, Tensor> inputs = new LinkedHashMap<>();
        for (TensorSpec spec : manifest.inputs()) {
            DataType type = DataType.byName(spec.datatype()).orElseThrow(() -> new IllegalArgumentException(
                    "input '" + spec.name() + "' has datatype " + spec.datatype() + ", which shopml does not serve; use one of "
                            + DataType.supportedNames()));
            long[] shape = Arrays.stream(spec.shape()).map(dim -> dim == -1 ? 1 : dim).toArray();
            int count = (int) Shapes.elementCount(shape);
            Object data = Array.newInstance(type.arrayType().getComponentType(), count);
            if (type == DataType.BYTES) {
                Arrays.fill((byte[][]) data, TEXT);
            }
            inputs.put(spec.name(), new Tensor(spec.name(), type, shape, data));
        }
        return new InferenceRequest(inputs, Map.of(), Set.of());
    }
}
