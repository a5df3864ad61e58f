package io.shopml.evaluation.recommend;

/**
 * One model's scores under the leave-last-out protocol.
 *
 * @param model                name
 * @param hitRate10            HR@10: held-out item in the top 10 of itself + 100 sampled negatives
 * @param ndcg10               NDCG@10 on the same candidates
 * @param recall10             full ranking: held-out item in the top 10 of every item the user has not seen
 * @param coverage             share of the catalogue appearing in some user's full-ranking top 10
 * @param meanEpisodeReward    mean total reward of greedy sessions in the simulator
 */
public record RecommenderScore(String model, double hitRate10, double ndcg10, double recall10, double coverage,
                               double meanEpisodeReward) {
}
