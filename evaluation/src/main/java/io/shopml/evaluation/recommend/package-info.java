/**
 * Evaluating the DQN recommender against the field's baselines (popularity, item-based cosine CF,
 * implicit-ALS matrix factorisation) under one leave-last-out protocol
 * ({@link io.shopml.evaluation.recommend.RecommenderEvaluation}).
 *
 * <pre>{@code
 * RecommenderEvaluation protocol = new RecommenderEvaluation(data, 42, 10, 10);
 * RecommenderScore pop = protocol.evaluate("popularity", new PopularityScorer(data.test().train(), data.itemCount()));
 * }</pre>
 */
package io.shopml.evaluation.recommend;
