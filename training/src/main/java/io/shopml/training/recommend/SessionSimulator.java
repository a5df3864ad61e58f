package io.shopml.training.recommend;

import java.util.BitSet;
import java.util.Random;

/**
 * The environment, replayed from real logs. A session follows one user's real timeline from a
 * random point: the state is what the user had interacted with so far, the agent recommends one
 * item, and the reward is the user's own rating of that item divided by the top rating when the
 * user really interacts with it within the next {@code rewardWindow} interactions, else 0. The
 * user then does what the log says they did next (the logged item joins the history), whatever
 * was recommended: logs cannot say how a user would have reacted to another recommendation, so
 * the simulator rewards predicting real future interest. A session ends after
 * {@code episodeLength} steps or at the end of the timeline.
 */
public final class SessionSimulator {

    /** Scores every item for a user who has seen {@code timeline[0..position)}; higher is better. */
    @FunctionalInterface
    public interface ScoringPolicy {
        float[] scores(int user, int[] timeline, int position);
    }

    private final int[][] timelines;
    private final float[][] ratings;
    private final double maxRating;
    private final int rewardWindow;
    private final int episodeLength;
    private final int[] eligibleUsers;

    /**
     * @param timelines     per user, dense items oldest first
     * @param ratings       parallel ratings
     * @param maxRating     the top rating (rewards are rating / maxRating)
     * @param rewardWindow  how many next interactions a recommended item may match
     * @param episodeLength steps per session at most
     */
    public SessionSimulator(int[][] timelines, float[][] ratings, double maxRating, int rewardWindow, int episodeLength) {
        this.timelines = timelines;
        this.ratings = ratings;
        this.maxRating = maxRating;
        this.rewardWindow = rewardWindow;
        this.episodeLength = episodeLength;
        this.eligibleUsers = java.util.stream.IntStream.range(0, timelines.length)
                .filter(u -> timelines[u].length >= 2).toArray();
        if (eligibleUsers.length == 0) {
            throw new IllegalArgumentException("no user has two training interactions: nothing to simulate");
        }
    }

    /** One user's session in progress. */
    final class Session {
        private final int user;
        private int position;
        private int stepsLeft;
        private double totalReward;

        private Session(int user, int position, int steps) {
            this.user = user;
            this.position = position;
            this.stepsLeft = steps;
        }

        int[] timeline() {
            return timelines[user];
        }

        /** Items the user has interacted with so far: {@code timeline()[0..position)}. */
        int position() {
            return position;
        }

        /** The items of the history so far, as a set for excluding them from recommendations. */
        BitSet seen(int itemCount) {
            BitSet seen = new BitSet(itemCount);
            for (int i = 0; i < position; i++) {
                seen.set(timelines[user][i]);
            }
            return seen;
        }

        /** Recommends {@code item}; returns the reward and moves on along the timeline. */
        float step(int item) {
            float r = reward(user, position, item);
            totalReward += r;
            position++;
            stepsLeft--;
            return r;
        }

        boolean done() {
            return stepsLeft == 0;
        }

        double totalReward() {
            return totalReward;
        }
    }

    /** A session of a random user from a random point of their timeline. */
    Session start(Random random) {
        int user = eligibleUsers[random.nextInt(eligibleUsers.length)];
        int length = timelines[user].length;
        int position = 1 + random.nextInt(length - 1);
        return new Session(user, position, Math.min(episodeLength, length - position));
    }

    /** A session of {@code user} over the last {@code steps} steps of their timeline (evaluation). */
    Session lastSteps(int user, int steps) {
        int length = timelines[user].length;
        int n = Math.min(steps, length - 1);
        return new Session(user, length - n, n);
    }

    /**
     * The mean total reward of greedy sessions over the last {@code steps} steps of every user's
     * timeline, recommending the policy's best item not yet seen (the same measurement for the
     * DQN and every baseline).
     */
    public double meanEpisodeReward(ScoringPolicy policy, int steps, int itemCount) {
        double total = 0;
        int episodes = 0;
        for (int user : eligibleUsers) {
            Session session = lastSteps(user, steps);
            while (!session.done()) {
                float[] scores = policy.scores(user, session.timeline(), session.position());
                session.step(io.shopml.models.recommend.RecommendTranslator.argmax(scores, session.seen(itemCount)));
            }
            total += session.totalReward();
            episodes++;
        }
        return total / episodes;
    }

    /** Reward for recommending {@code item} to {@code user} who has seen {@code position} items. */
    float reward(int user, int position, int item) {
        int[] timeline = timelines[user];
        int end = Math.min(timeline.length, position + rewardWindow);
        for (int t = position; t < end; t++) {
            if (timeline[t] == item) {
                return (float) (ratings[user][t] / maxRating);
            }
        }
        return 0f;
    }
}
