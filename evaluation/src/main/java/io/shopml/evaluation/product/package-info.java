/**
 * Evaluation of the product recogniser: classification metrics (accuracy, macro-F1, per-class
 * precision and recall, confusion) of the ResNet and of a pixel logistic-regression baseline on
 * held-out images, and precision@10 of the similar-product search (relevant = same category).
 * {@link io.shopml.evaluation.product.ProductModelEvaluator} is its section of
 * {@code shopml evaluate --all}.
 *
 * <pre>{@code
 * ProductData data = ProductData.bundled();
 * try (LoadedProductModel model = LoadedProductModel.load(repository.openLatest("product-recognizer"))) {
 *     ProductEvaluation evaluation = new ProductEvaluator(1000, 5, 42)
 *             .evaluate(model, data.train(), data.test(), data.source());
 *     System.out.println(evaluation.toTable());
 *     evaluation.writeJson(Path.of("product-eval.json"));
 * }
 * }</pre>
 */
package io.shopml.evaluation.product;
