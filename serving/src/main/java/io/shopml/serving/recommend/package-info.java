/**
 * Serving the DQN recommender: the servable behind KServe v2 ({@code history} INT64 [N, L],
 * parameter {@code k}; {@code items}, {@code scores}), its loader, and the typed
 * {@code shopml.v1.RecommendService} with titles, unknown-id reporting and the popularity
 * fallback.
 *
 * <pre>{@code
 * RecommendResponse r = RecommendServiceGrpc.newBlockingStub(channel).recommend(RecommendRequest.newBuilder()
 *         .addRecentItems(1).addRecentItems(260).setK(10).build());
 * }</pre>
 */
package io.shopml.serving.recommend;
