/**
 * Trains the LSTM sales forecaster on the shared training loop and exports it as the next
 * version in a model repository.
 *
 * <pre>{@code
 * ForecasterTrainer trainer = new ForecasterTrainer(ForecasterConfig.quickRecipe(12), 42);
 * ForecasterTrainingResult result = trainer.train(data, RunDirectory.create(runs, "sales-forecaster"), false);
 * ModelArtifact exported = result.export(new ModelRepository(repo), "sales-forecaster");
 * }</pre>
 */
package io.shopml.training.forecast;
