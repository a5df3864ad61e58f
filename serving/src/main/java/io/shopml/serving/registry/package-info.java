/**
 * The models a server holds: the {@link io.shopml.serving.registry.ServableModel} contract every
 * backend (DL4J, DJL) implements, the {@link io.shopml.serving.registry.ServableLoader}s that turn a
 * verified artifact into one (found with {@link java.util.ServiceLoader}), the
 * {@link io.shopml.serving.registry.ModelRegistry} that loads the versions each model's
 * {@link io.shopml.serving.registry.VersionPolicy} selects, follows the repository
 * ({@link io.shopml.serving.registry.RepositoryPoller}, admin load/unload) and keeps serving what it
 * had when a new version fails, and the
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
