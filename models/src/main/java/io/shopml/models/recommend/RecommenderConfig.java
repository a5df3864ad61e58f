package io.shopml.models.recommend;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every hyper-parameter of the DQN recommender, declared once; CLI flags, the trainer and the
 * manifest's provenance read them from here.
 *
 * @param historyLength     L: the state is the embedding of the user's last L items
 * @param embeddingSize     item embedding width (and matrix-factorisation rank used to initialise it)
 * @param minUserCount      interactions a user needs to be kept
 * @param minItemCount      users an item needs to be kept
 * @param epochs            epochs; one epoch is {@code stepsPerEpoch} training steps
 * @param stepsPerEpoch     training steps per epoch; each advances every parallel episode by one
 *                          environment step and makes one gradient update
 * @param parallelEpisodes  episodes simulated side by side (environment steps per training step)
 * @param batchSize         transitions per gradient update, drawn from the replay buffer
 * @param replayCapacity    transitions the replay buffer keeps (oldest are overwritten)
 * @param gamma             discount factor of future rewards
 * @param epsilonStart      exploration rate at the first environment step
 * @param epsilonEnd        exploration rate after the decay
 * @param epsilonDecaySteps environment steps over which epsilon decays linearly
 * @param targetSyncSteps   training steps between copies of the online network into the target network
 * @param learningRate      peak Adam learning rate (warm-up + cosine decay on the shared loop)
 * @param warmupEpochs      epochs of learning-rate warm-up
 * @param patience          epochs without a better validation HR@10 before early stopping
 * @param rewardWindow      a recommendation earns reward when the user really interacts with the
 *                          item within this many next interactions
 * @param episodeLength     environment steps per episode (fewer when the user's timeline ends)
 * @param mfIterations      ALS sweeps of the matrix factorisation that initialises the embeddings
 * @param mfRegularisation  ALS L2 regularisation
 * @param mfConfidence      ALS confidence weight alpha: confidence is 1 + alpha * rating / max rating
 * @param maxK              the largest k a caller may ask for
 */
public record RecommenderConfig(int historyLength, int embeddingSize, int minUserCount, int minItemCount,
                                int epochs, int stepsPerEpoch, int parallelEpisodes, int batchSize,
                                int replayCapacity, double gamma, double epsilonStart, double epsilonEnd,
                                long epsilonDecaySteps, int targetSyncSteps, double learningRate, int warmupEpochs,
                                int patience, int rewardWindow, int episodeLength, int mfIterations,
                                double mfRegularisation, double mfConfidence, int maxK) {

    public RecommenderConfig {
        require(historyLength >= 1, "history length must be at least 1, got " + historyLength);
        require(embeddingSize >= 1, "embedding size must be positive, got " + embeddingSize);
        require(minUserCount >= 3, "minimum user count must be at least 3, got " + minUserCount);
        require(minItemCount >= 1, "minimum item count must be positive, got " + minItemCount);
        require(epochs >= 1, "epochs must be positive, got " + epochs);
        require(stepsPerEpoch >= 1, "steps per epoch must be positive, got " + stepsPerEpoch);
        require(parallelEpisodes >= 1, "parallel episodes must be positive, got " + parallelEpisodes);
        require(batchSize >= 1, "batch size must be positive, got " + batchSize);
        require(replayCapacity >= batchSize, "replay capacity " + replayCapacity + " must hold a batch of " + batchSize);
        require(gamma >= 0 && gamma < 1, "gamma must be in [0, 1), got " + gamma);
        require(epsilonStart >= 0 && epsilonStart <= 1 && epsilonEnd >= 0 && epsilonEnd <= epsilonStart,
                "epsilon must satisfy 0 <= end <= start <= 1, got start " + epsilonStart + ", end " + epsilonEnd);
        require(epsilonDecaySteps >= 1, "epsilon decay steps must be positive, got " + epsilonDecaySteps);
        require(targetSyncSteps >= 1, "target sync steps must be positive, got " + targetSyncSteps);
        require(learningRate > 0 && learningRate < 1, "learning rate must be in (0, 1), got " + learningRate);
        require(warmupEpochs >= 0, "warm-up epochs must be >= 0, got " + warmupEpochs);
        require(patience >= 1, "patience must be positive, got " + patience);
        require(rewardWindow >= 1, "reward window must be positive, got " + rewardWindow);
        require(episodeLength >= 1, "episode length must be positive, got " + episodeLength);
        require(mfIterations >= 0, "MF iterations must be >= 0, got " + mfIterations);
        require(mfRegularisation > 0, "MF regularisation must be positive, got " + mfRegularisation);
        require(mfConfidence >= 0, "MF confidence must be >= 0, got " + mfConfidence);
        require(maxK >= 1, "max k must be positive, got " + maxK);
    }

    /** The full recipe: the one whose quality docs/recommender.md reports. */
    public static RecommenderConfig fullRecipe() {
        return new RecommenderConfig(10, 32, 5, 5, 20, 100, 32, 128, 50_000, 0.5, 1.0, 0.05, 40_000, 100,
                1e-3, 1, 4, 10, 20, 12, 0.1, 10, 100);
    }

    /** The short recipe quickstart uses: about a minute on 2 cores. */
    public static RecommenderConfig quickRecipe() {
        return new RecommenderConfig(10, 32, 5, 5, 4, 50, 32, 128, 20_000, 0.5, 1.0, 0.05, 5_000, 50,
                1e-3, 1, 4, 10, 20, 8, 0.1, 10, 100);
    }

    public RecommenderConfig withEpochs(int newEpochs) {
        return new RecommenderConfig(historyLength, embeddingSize, minUserCount, minItemCount, newEpochs,
                stepsPerEpoch, parallelEpisodes, batchSize, replayCapacity, gamma, epsilonStart, epsilonEnd,
                epsilonDecaySteps, targetSyncSteps, learningRate, warmupEpochs, patience, rewardWindow,
                episodeLength, mfIterations, mfRegularisation, mfConfidence, maxK);
    }

    public RecommenderConfig withMinCounts(int newMinUserCount, int newMinItemCount) {
        return new RecommenderConfig(historyLength, embeddingSize, newMinUserCount, newMinItemCount, epochs,
                stepsPerEpoch, parallelEpisodes, batchSize, replayCapacity, gamma, epsilonStart, epsilonEnd,
                epsilonDecaySteps, targetSyncSteps, learningRate, warmupEpochs, patience, rewardWindow,
                episodeLength, mfIterations, mfRegularisation, mfConfidence, maxK);
    }

    /** Epsilon after {@code environmentSteps} steps: linear from start to end, then flat. */
    public double epsilonAt(long environmentSteps) {
        double progress = Math.min(1.0, environmentSteps / (double) epsilonDecaySteps);
        return epsilonStart + (epsilonEnd - epsilonStart) * progress;
    }

    /** Hyper-parameters as a plain map for the manifest's provenance. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("historyLength", historyLength);
        map.put("embeddingSize", embeddingSize);
        map.put("minUserCount", minUserCount);
        map.put("minItemCount", minItemCount);
        map.put("epochs", epochs);
        map.put("stepsPerEpoch", stepsPerEpoch);
        map.put("parallelEpisodes", parallelEpisodes);
        map.put("batchSize", batchSize);
        map.put("replayCapacity", replayCapacity);
        map.put("gamma", gamma);
        map.put("epsilonStart", epsilonStart);
        map.put("epsilonEnd", epsilonEnd);
        map.put("epsilonDecaySteps", epsilonDecaySteps);
        map.put("targetSyncSteps", targetSyncSteps);
        map.put("learningRate", learningRate);
        map.put("warmupEpochs", warmupEpochs);
        map.put("patience", patience);
        map.put("rewardWindow", rewardWindow);
        map.put("episodeLength", episodeLength);
        map.put("mfIterations", mfIterations);
        map.put("mfRegularisation", mfRegularisation);
        map.put("mfConfidence", mfConfidence);
        map.put("maxK", maxK);
        return map;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
