/**
 * The DQN recommender: hyper-parameters ({@link io.shopml.models.recommend.RecommenderConfig}),
 * the DL4J Q-network over an embedding of the last L items
 * ({@link io.shopml.models.recommend.QNetwork}), the one translator from histories to states and
 * from Q-values to ranked items, shared by training, serving and evaluation
 * ({@link io.shopml.models.recommend.RecommendTranslator}), the item catalogue stored with the
 * model ({@link io.shopml.models.recommend.ItemCatalogue}) and the loaded model
 * ({@link io.shopml.models.recommend.LoadedRecommender}).
 *
 * <pre>{@code
 * try (LoadedRecommender recommender = LoadedRecommender.load(repository.openLatest("recommender"))) {
 *     Recommendation r = recommender.recommend(List.of(new long[] {1, 50, 260}), 10, true).get(0);
 *     // r.items(), r.scores(), r.titles(), r.unknownItems(), r.popularityFallback()
 * }
 * }</pre>
 */
package io.shopml.models.recommend;
