/**
 * The DQN recommender's trainer: the session simulator replayed from real logs
 * ({@link io.shopml.training.recommend.SessionSimulator}), experience replay, double DQN with a
 * target network and an epsilon schedule on the shared training loop, initialised from implicit
 * ALS item factors ({@link io.shopml.training.recommend.ImplicitAls}), and export.
 *
 * <pre>{@code
 * RecommenderData data = RecommenderData.load(BundledDatasets.extract(BundledDatasets.MOVIELENS_RATINGS), 5, 5);
 * RecommenderTrainingResult result = new RecommenderTrainer(RecommenderConfig.quickRecipe(), 7)
 *         .train(data, RunDirectory.create(runs, "recommender"), false, List.of(ProgressBarListener.toConsole()));
 * result.export(new ModelRepository(repo), "recommender", titles);
 * }</pre>
 */
package io.shopml.training.recommend;
