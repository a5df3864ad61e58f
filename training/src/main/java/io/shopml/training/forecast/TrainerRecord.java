package io.shopml.training.forecast;

import io.shopml.models.forecast.ForecasterConfig;

/** What a run was started with ({@code trainer.json}), so {@code --resume} continues the same run. */
record TrainerRecord(ForecasterConfig config, long seed, String dataSha256) {

    static final String FILE = "trainer.json";
}
