package io.shopml.training.sentiment;

import io.shopml.models.sentiment.SentimentConfig;

/** What a run was started with ({@code trainer.json}), so {@code --resume} continues the same run. */
record SentimentTrainerRecord(SentimentConfig config, long seed, String dataSha256) {

    static final String FILE = "trainer.json";
}
