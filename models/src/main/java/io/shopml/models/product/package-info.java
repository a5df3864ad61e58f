/**
 * The product recogniser: a ResNet on DJL's PyTorch engine ({@link io.shopml.models.product.ProductNetwork}
 * built from {@link io.shopml.models.product.ResidualBlock}s, hyper-parameters in
 * {@link io.shopml.models.product.ProductConfig}), the one translator shared by training, evaluation and
 * serving ({@link io.shopml.models.product.ProductTranslator}), the catalogue's
 * {@link io.shopml.models.product.EmbeddingIndex} for similar-product search, and
 * {@link io.shopml.models.product.LoadedProductModel}, which loads an exported version for the server and
 * for evaluation.
 *
 * <pre>{@code
 * try (LoadedProductModel model = LoadedProductModel.load(repository.openLatest("product-recognizer"))) {
 *     byte[] pixels = model.translator().prepare(Files.readAllBytes(Path.of("shoe.jpg")));
 *     ProductPrediction prediction = model.predict(List.of(pixels)).get(0);
 *     String category = model.preprocessing().classNames().get(prediction.label());
 *     List<SimilarItem> similar = model.similar(pixels, 10);
 * }
 * }</pre>
 */
package io.shopml.models.product;
