/**
 * The models a server holds: the {@link io.shopml.serving.registry.ServableModel} contract every
 * backend (DL4J, DJL) implements, the {@link io.shopml.serving.registry.ServableLoader}s that turn a
 * verified artifact into one (found with {@link java.util.ServiceLoader}), the
 * {@link io.shopml.serving.registry.ModelRegistry} that loads the latest version of every model in a
 * repository and keeps serving the good ones when one fails, and the
 * {@link io.shopml.serving.registry.SignatureValidator} that lets only well-formed tensors reach a
 * model.
 *
 * <pre>{@code
 * try (ModelRegistry registry = ModelRegistry.load(new ModelRepository(root), ServableLoader.installed())) {
 *     ServableModel model = registry.get("sales-forecaster", "");
 *     SignatureValidator.validate(model.manifest(), request);
 *     InferenceResult result = model.infer(request);
 * }
 * }</pre>
 */
package io.shopml.serving.registry;
