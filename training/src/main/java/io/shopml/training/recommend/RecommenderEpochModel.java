package io.shopml.training.recommend;

import io.shopml.datasets.interactions.NegativeSampler;
import io.shopml.models.recommend.QNetwork;
import io.shopml.models.recommend.RecommendTranslator;
import io.shopml.models.recommend.RecommenderConfig;
import io.shopml.training.loop.EpochModel;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The DQN as the shared training loop drives it. One training step advances every parallel
 * session by one environment step (epsilon-greedy over unseen items, Q-values of the whole
 * catalogue in one batched forward pass), stores the transitions in the replay buffer, and makes
 * one double-DQN update on a replay batch: the online network picks the next action, the target
 * network values it, {@code y = r + gamma * (1 - done) * Q_target(s', argmax_a Q_online(s', a))}.
 * The target network copies the online one every {@code targetSyncSteps} training steps. An
 * epoch is {@code stepsPerEpoch} training steps; sessions restart at each epoch from a seed
 * derived from the epoch, and the replay buffer and counters are checkpointed, so a resumed run
 * continues as an uninterrupted one. Validation is 1 - HR@10 of each user's validation item
 * against 100 sampled negatives.
 */
final class RecommenderEpochModel implements EpochModel {

    static final int VALIDATION_NEGATIVES = 100;
    private static final String ONLINE_FILE = "online.zip";
    private static final String TARGET_FILE = "target.zip";
    private static final String REPLAY_FILE = "replay.bin";
    private static final String COUNTERS_FILE = "counters.txt";

    private final RecommenderConfig config;
    private final long seed;
    private final int itemCount;
    private final RecommendTranslator translator;
    private final SessionSimulator simulator;
    private final ReplayBuffer replay;
    private final List<int[]> validationStates = new ArrayList<>();
    private final List<int[]> validationCandidates = new ArrayList<>();
    private MultiLayerNetwork online;
    private MultiLayerNetwork target;
    private long environmentSteps;
    private long trainingSteps;
    private Random random;
    private List<SessionSimulator.Session> sessions;
    private double episodeRewardSum;
    private int episodes;
    private double lastValidationHitRate;

    RecommenderEpochModel(RecommenderConfig config, long seed, RecommenderData data, MultiLayerNetwork initial) {
        this.config = config;
        this.seed = seed;
        this.itemCount = data.itemCount();
        this.translator = new RecommendTranslator(config.historyLength());
        this.simulator = new SessionSimulator(data.validation().train(), data.validation().trainRatings(),
                data.interactions().maxRating(), config.rewardWindow(), config.episodeLength());
        this.replay = new ReplayBuffer(config.replayCapacity(), config.historyLength());
        this.online = initial;
        this.target = QNetwork.copy(initial);
        Random negatives = new Random(seed ^ 0x5DEECE66DL);
        int[][] train = data.validation().train();
        for (int u = 0; u < train.length; u++) {
            validationStates.add(translator.state(train[u], train[u].length));
            int[] sampled = NegativeSampler.sample(data.interactions().sequences()[u], itemCount,
                    VALIDATION_NEGATIVES, negatives);
            int[] candidates = new int[sampled.length + 1];
            candidates[0] = data.validation().heldOut()[u];
            System.arraycopy(sampled, 0, candidates, 1, sampled.length);
            validationCandidates.add(candidates);
        }
    }

    MultiLayerNetwork network() {
        return online;
    }

    @Override
    public int stepsPerEpoch() {
        return config.stepsPerEpoch();
    }

    @Override
    public void startEpoch(int epoch) {
        random = new Random(seed * 1_000_003L + epoch);
        sessions = new ArrayList<>(config.parallelEpisodes());
        for (int i = 0; i < config.parallelEpisodes(); i++) {
            sessions.add(simulator.start(random));
        }
        episodeRewardSum = 0;
        episodes = 0;
    }

    @Override
    public double trainStep(int step, double learningRate) {
        act();
        double loss = replay.size() >= config.batchSize() ? learn(learningRate) : 0;
        trainingSteps++;
        if (trainingSteps % config.targetSyncSteps() == 0) {
            QNetwork.copyWeights(online, target);
        }
        return loss;
    }

    private void act() {
        List<int[]> states = new ArrayList<>(sessions.size());
        for (SessionSimulator.Session s : sessions) {
            states.add(translator.state(s.timeline(), s.position()));
        }
        float[][] q = translator.qValues(online, states);
        for (int i = 0; i < sessions.size(); i++) {
            SessionSimulator.Session session = sessions.get(i);
            BitSet seen = session.seen(itemCount);
            int action = random.nextDouble() < epsilon() ? randomUnseen(seen) : RecommendTranslator.argmax(q[i], seen);
            float reward = session.step(action);
            environmentSteps++;
            int[] next = translator.state(session.timeline(), session.position());
            replay.add(states.get(i), action, reward, next, session.done());
            if (session.done()) {
                episodeRewardSum += session.totalReward();
                episodes++;
                sessions.set(i, simulator.start(random));
            }
        }
    }

    private double learn(double learningRate) {
        int[] slots = replay.sample(config.batchSize(), random);
        List<int[]> states = new ArrayList<>(slots.length);
        List<int[]> nextStates = new ArrayList<>(slots.length);
        for (int slot : slots) {
            states.add(replay.state(slot));
            nextStates.add(replay.nextState(slot));
        }
        try (INDArray x = translator.encode(states); INDArray xNext = translator.encode(nextStates);
             INDArray qNextOnline = online.output(xNext, false); INDArray qNextTarget = target.output(xNext, false)) {
            INDArray labels = online.output(x, false).dup();
            try (INDArray bestNext = qNextOnline.argMax(1)) {
                for (int i = 0; i < slots.length; i++) {
                    int slot = slots[i];
                    double y = replay.reward(slot);
                    if (!replay.done(slot)) {
                        y += config.gamma() * qNextTarget.getDouble(i, bestNext.getLong(i));
                    }
                    labels.putScalar(i, replay.action(slot), y);
                }
            }
            online.setLearningRate(learningRate);
            online.fit(x, labels);
            labels.close();
            // MSE averages over every output; only the taken action's output differs from its
            // label, so report the loss per transition rather than per catalogue item.
            return online.score() * itemCount;
        }
    }

    double epsilon() {
        return config.epsilonAt(environmentSteps);
    }

    private int randomUnseen(BitSet seen) {
        while (true) {
            int item = random.nextInt(itemCount);
            if (!seen.get(item)) {
                return item;
            }
        }
    }

    @Override
    public double validationLoss() {
        float[][] q = translator.qValues(online, validationStates);
        int hits = 0;
        for (int u = 0; u < q.length; u++) {
            int[] candidates = validationCandidates.get(u);
            float heldOut = q[u][candidates[0]];
            int higher = 0;
            for (int c = 1; c < candidates.length; c++) {
                higher += q[u][candidates[c]] >= heldOut ? 1 : 0;
            }
            hits += higher < 10 ? 1 : 0;
        }
        lastValidationHitRate = hits / (double) q.length;
        return 1 - lastValidationHitRate;
    }

    @Override
    public Map<String, Double> epochMetrics() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("mean_episode_reward", episodes == 0 ? 0 : episodeRewardSum / episodes);
        metrics.put("episodes", (double) episodes);
        metrics.put("epsilon", epsilon());
        metrics.put("environment_steps", (double) environmentSteps);
        metrics.put("validation_hr_at_10", lastValidationHitRate);
        return metrics;
    }

    @Override
    public void saveCheckpoint(Path directory) {
        QNetwork.save(online, directory.resolve(ONLINE_FILE));
        QNetwork.save(target, directory.resolve(TARGET_FILE));
        replay.write(directory.resolve(REPLAY_FILE));
        try {
            Files.writeString(directory.resolve(COUNTERS_FILE), environmentSteps + " " + trainingSteps);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write counters to " + directory, e);
        }
    }

    @Override
    public void restoreCheckpoint(Path directory) {
        online = QNetwork.load(directory.resolve(ONLINE_FILE), true);
        target = QNetwork.load(directory.resolve(TARGET_FILE), false);
        replay.read(directory.resolve(REPLAY_FILE));
        try {
            String[] counters = Files.readString(directory.resolve(COUNTERS_FILE)).trim().split(" ");
            environmentSteps = Long.parseLong(counters[0]);
            trainingSteps = Long.parseLong(counters[1]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read counters from " + directory, e);
        }
    }

    long environmentSteps() {
        return environmentSteps;
    }

    long trainingSteps() {
        return trainingSteps;
    }

    MultiLayerNetwork targetNetwork() {
        return target;
    }

    ReplayBuffer replayBuffer() {
        return replay;
    }
}
