package io.shopml.serving.batching;

import io.shopml.serving.registry.InferenceRequest;
import io.shopml.serving.registry.InferenceResult;
import io.shopml.serving.tensor.Tensor;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Merges requests into one along dimension 0 and splits the result back, for any model whose
 * inputs and outputs batch along dimension 0. Two requests merge only when they name the same
 * inputs with the same datatypes and the same dimensions beyond the first, the same parameters and
 * the same requested outputs: a merged request must mean exactly what the separate ones meant.
 */
final class BatchAssembler {

    private BatchAssembler() {
    }

    /** The rows of a request: the common dimension 0 of its inputs, empty if they differ or are scalars. */
    static OptionalLong rows(InferenceRequest request) {
        long rows = -1;
        for (Tensor input : request.inputs().values()) {
            long[] shape = input.shape();
            if (shape.length == 0 || (rows >= 0 && shape[0] != rows)) {
                return OptionalLong.empty();
            }
            rows = shape[0];
        }
        return rows < 0 ? OptionalLong.empty() : OptionalLong.of(rows);
    }

    /** Whether {@code other} can join a batch that {@code first} started. */
    static boolean compatible(InferenceRequest first, InferenceRequest other) {
        if (!first.parameters().equals(other.parameters())
                || !first.requestedOutputs().equals(other.requestedOutputs())
                || !first.inputs().keySet().equals(other.inputs().keySet())) {
            return false;
        }
        for (Map.Entry<String, Tensor> entry : first.inputs().entrySet()) {
            Tensor a = entry.getValue();
            Tensor b = other.inputs().get(entry.getKey());
            long[] sa = a.shape();
            long[] sb = b.shape();
            if (a.type() != b.type() || sa.length != sb.length
                    || !Arrays.equals(sa, 1, sa.length, sb, 1, sb.length)) {
                return false;
            }
        }
        return true;
    }

    /** One request whose inputs are the requests' inputs stacked along dimension 0, in order. */
    static InferenceRequest merge(List<InferenceRequest> requests) {
        InferenceRequest first = requests.get(0);
        Map<String, Tensor> inputs = new LinkedHashMap<>();
        for (String name : first.inputs().keySet()) {
            List<Tensor> parts = requests.stream().map(request -> request.inputs().get(name)).toList();
            inputs.put(name, concat(parts));
        }
        return new InferenceRequest(inputs, first.parameters(), first.requestedOutputs());
    }

    /**
     * The merged result cut back into one result per request, {@code rows[i]} rows each.
     *
     * @throws IllegalStateException when an output's dimension 0 is not the total row count
     */
    static List<InferenceResult> split(InferenceResult merged, long[] rows) {
        long total = Arrays.stream(rows).sum();
        List<List<Tensor>> outputs = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            outputs.add(new ArrayList<>());
        }
        for (Tensor output : merged.outputs()) {
            long[] shape = output.shape();
            if (shape.length == 0 || shape[0] != total) {
                throw new IllegalStateException("output '" + output.name() + "' has shape " + Arrays.toString(shape)
                        + ", not " + total + " rows along dimension 0, so it cannot be split per request");
            }
            int rowLength = total == 0 ? 0 : (int) (output.elementCount() / total);
            int offset = 0;
            for (int i = 0; i < rows.length; i++) {
                int length = (int) rows[i] * rowLength;
                Object slice = Array.newInstance(output.type().arrayType().getComponentType(), length);
                System.arraycopy(output.data(), offset, slice, 0, length);
                offset += length;
                long[] partShape = shape.clone();
                partShape[0] = rows[i];
                outputs.get(i).add(new Tensor(output.name(), output.type(), partShape, slice));
            }
        }
        List<InferenceResult> results = new ArrayList<>();
        for (List<Tensor> part : outputs) {
            results.add(new InferenceResult(part, merged.parameters()));
        }
        return results;
    }

    private static Tensor concat(List<Tensor> parts) {
        Tensor first = parts.get(0);
        long[] shape = first.shape();
        int length = 0;
        long rows = 0;
        for (Tensor part : parts) {
            length += (int) part.elementCount();
            rows += part.shape()[0];
        }
        Object data = Array.newInstance(first.type().arrayType().getComponentType(), length);
        int offset = 0;
        for (Tensor part : parts) {
            int partLength = (int) part.elementCount();
            System.arraycopy(part.data(), 0, data, offset, partLength);
            offset += partLength;
        }
        shape[0] = rows;
        return new Tensor(first.name(), first.type(), shape, data);
    }
}
