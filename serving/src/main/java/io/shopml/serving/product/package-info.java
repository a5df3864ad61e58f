/**
 * Serves the product recogniser: its {@link io.shopml.serving.registry.ServableLoader}, the KServe v2
 * tensor mapping ({@code image} UINT8 [N, size, size] or {@code image_bytes} BYTES [N] in;
 * {@code probabilities}, {@code label} and, when requested, {@code embedding} out) and the typed
 * {@code shopml.v1.ProductService} ({@code Recognize}, {@code Similar}).
 *
 * <pre>{@code
 * ProductServiceGrpc.ProductServiceBlockingStub products = ProductServiceGrpc.newBlockingStub(channel);
 * SimilarResponse similar = products.similar(SimilarRequest.newBuilder()
 *         .setImage(ProductImage.newBuilder().setEncoded(ByteString.copyFrom(jpegBytes))).setK(10).build());
 * }</pre>
 */
package io.shopml.serving.product;
