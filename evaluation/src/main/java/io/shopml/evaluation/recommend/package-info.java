/**
 * Evaluating the DQN recommender against the field's baselines (popularity, item-based cosine CF,
 * implicit-ALS matrix factorisation) under one leave-last-out protocol
 * ({@link io.shopml.evaluation.recommend.RecommenderEvaluation}).
 * {@link io.shopml.evaluation.recommend.RecommenderComparison} runs the exported DQN and every
 * baseline on the model's own cleaning of the data ({@code evaluate recommender}, quickstart), and
 * {@link io.shopml.evaluation.recommend.RecommenderModelEvaluator} is its section of the HTML report.
 *
 * <pre>{@code
 * List<RecommenderScore> all = RecommenderComparison.compare(repository.openLatest("recommender"), null);
 * System.out.print(RecommenderComparison.toTable(all));
 *
 * RecommenderEvaluation protocol = new RecommenderEvaluation(data, 42, 10, 10);
 * RecommenderScore pop = protocol.evaluate("popularity", new PopularityScorer(data.test().train(), data.itemCount()));
 * }</pre>
 */
package io.shopml.evaluation.recommend;
