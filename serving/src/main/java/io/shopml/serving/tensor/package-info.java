/**
 * Tensors as plain Java arrays, and their KServe v2 wire encoding.
 *
 * <p>{@link io.shopml.serving.tensor.Tensor} is what models receive and return: a name, a
 * {@link io.shopml.serving.tensor.DataType}, a shape and one typed array, with no protobuf in
 * sight. {@link io.shopml.serving.tensor.TensorCodec} is the only place that reads
 * {@code ModelInferRequest} inputs (typed {@code contents} or little-endian
 * {@code raw_input_contents}) and writes {@code ModelInferResponse} outputs, rejecting malformed
 * tensors with an {@link io.shopml.serving.errors.InvalidInputException} that names the tensor.
 *
 * <pre>{@code
 * Map<String, Tensor> inputs = TensorCodec.decodeInputs(request);
 * float[] history = inputs.get("history").floats();
 * Tensor forecast = new Tensor("forecast", DataType.FP32, new long[] {rows, horizon}, values);
 * ModelInferResponse.Builder response = TensorCodec.encodeOutputs(List.of(forecast), false);
 * }</pre>
 */
package io.shopml.serving.tensor;
