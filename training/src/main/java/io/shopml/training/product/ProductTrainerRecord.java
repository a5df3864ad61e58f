package io.shopml.training.product;

import io.shopml.models.product.ProductConfig;

/** What a run was started with ({@code trainer.json}), so {@code --resume} continues the same run. */
record ProductTrainerRecord(ProductConfig config, long seed, String dataSha256) {

    static final String FILE = "trainer.json";
}
