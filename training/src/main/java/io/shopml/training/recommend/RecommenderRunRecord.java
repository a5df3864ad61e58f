package io.shopml.training.recommend;

import io.shopml.models.recommend.RecommenderConfig;

/** What a run was started with ({@code trainer.json}), so {@code --resume} continues the same run. */
record RecommenderRunRecord(RecommenderConfig config, long seed, String dataSha256) {

    static final String FILE = "trainer.json";
}
