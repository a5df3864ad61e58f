package io.shopml.evaluation.recommend;

import io.shopml.datasets.interactions.NegativeSampler;
import io.shopml.evaluation.metrics.HeldOutRank;
import io.shopml.models.recommend.RecommendTranslator;
import io.shopml.training.recommend.RecommenderData;
import io.shopml.training.recommend.SessionSimulator;

import java.util.BitSet;
import java.util.Random;

/**
 * The recommender protocol: each user's last interaction is held out; the model sees the rest of
 * the user's history. HR@10 and NDCG@10 rank the held-out item against 100 items the user never
 * interacted with, sampled once per user with a fixed seed so every model faces the same
 * candidates (He et al., NCF, WWW 2017); recall@10 and coverage rank the whole catalogue minus
 * the user's history; the simulator's mean episode reward replays greedy sessions over the last
 * {@code episodeSteps} steps of every training timeline (in-sample, a policy-level figure).
 *
 * <pre>{@code
 * RecommenderScore s = new RecommenderEvaluation(data, 42, 10, 10).evaluate("item-CF", itemCf);
 * }</pre>
 */
public final class RecommenderEvaluation {

    public static final int NEGATIVES = 100;
    public static final int K = 10;

    private final RecommenderData data;
    private final int[][] negatives;
    private final SessionSimulator simulator;
    private final int episodeSteps;

    public RecommenderEvaluation(RecommenderData data, long seed, int rewardWindow, int episodeSteps) {
        this.data = data;
        this.episodeSteps = episodeSteps;
        Random random = new Random(seed);
        int users = data.test().heldOut().length;
        negatives = new int[users][];
        for (int u = 0; u < users; u++) {
            negatives[u] = NegativeSampler.sample(data.interactions().sequences()[u], data.itemCount(), NEGATIVES, random);
        }
        simulator = new SessionSimulator(data.test().train(), data.test().trainRatings(),
                data.interactions().maxRating(), rewardWindow, episodeSteps);
    }

    public RecommenderScore evaluate(String name, ItemScorer scorer) {
        int[][] histories = data.test().train();
        int users = histories.length;
        double hits = 0;
        double gains = 0;
        double recall = 0;
        BitSet recommended = new BitSet(data.itemCount());
        for (int u = 0; u < users; u++) {
            float[] scores = scorer.scores(u, histories[u], histories[u].length);
            int heldOut = data.test().heldOut()[u];
            float[] negativeScores = new float[negatives[u].length];
            for (int n = 0; n < negativeScores.length; n++) {
                negativeScores[n] = scores[negatives[u][n]];
            }
            int rank = HeldOutRank.rank(scores[heldOut], negativeScores);
            hits += HeldOutRank.hitRate(rank, K);
            gains += HeldOutRank.ndcg(rank, K);
            BitSet seen = new BitSet(data.itemCount());
            for (int item : histories[u]) {
                seen.set(item);
            }
            int[] top = RecommendTranslator.topK(scores, K, seen);
            for (int item : top) {
                recommended.set(item);
                recall += item == heldOut ? 1 : 0;
            }
        }
        double reward = simulator.meanEpisodeReward((user, timeline, position) -> scorer.scores(user, timeline, position),
                episodeSteps, data.itemCount());
        return new RecommenderScore(name, hits / users, gains / users, recall / users,
                recommended.cardinality() / (double) data.itemCount(), reward);
    }
}
