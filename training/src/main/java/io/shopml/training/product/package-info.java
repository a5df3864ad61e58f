/**
 * Trains the product ResNet on the shared training loop and exports it with its catalogue
 * embedding index: {@link io.shopml.training.product.ProductData} (bundled Fashion-MNIST, an IDX
 * folder or a {@code <class>/<image>} folder), {@link io.shopml.training.product.ProductTrainer} and
 * {@link io.shopml.training.product.ProductTrainingResult}.
 *
 * <pre>{@code
 * ProductTrainingResult result = new ProductTrainer(ProductConfig.quickRecipe(), 42)
 *         .train(ProductData.bundled(), RunDirectory.create(Path.of("runs"), "product-recognizer"), false,
 *                List.of(ProgressBarListener.toConsole()));
 * ModelArtifact version = result.export(new ModelRepository(Path.of("models")), "product-recognizer");
 * }</pre>
 */
package io.shopml.training.product;
