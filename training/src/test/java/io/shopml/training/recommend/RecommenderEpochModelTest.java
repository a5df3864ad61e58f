package io.shopml.training.recommend;

import io.shopml.datasets.interactions.IdMap;
import io.shopml.datasets.interactions.InteractionData;
import io.shopml.models.recommend.QNetwork;
import io.shopml.models.recommend.RecommenderConfig;
import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DQN's schedule: target-network sync every N training steps and the epsilon decay. */
class RecommenderEpochModelTest {

    private static final int PARALLEL = 8;
    private static final int SYNC_EVERY = 3;
    private static final long DECAY_STEPS = 80;

    /** Batch = parallel episodes, so the online network learns from the first training step on. */
    private static RecommenderConfig config() {
        return new RecommenderConfig(3, 8, 3, 1, 1, 20, PARALLEL, PARALLEL, 500, 0.5, 1.0, 0.1, DECAY_STEPS,
                SYNC_EVERY, 1e-2, 0, 5, 1, 5, 0, 0.1, 10, 10);
    }

    /** A synthetic shop (named so): 30 users walking 12 items in a cycle. */
    private static RecommenderData syntheticCycle() {
        int users = 30;
        int items = 12;
        int[][] sequences = new int[users][10];
        float[][] ratings = new float[users][10];
        for (int u = 0; u < users; u++) {
            for (int t = 0; t < 10; t++) {
                sequences[u][t] = (u + t) % items;
                ratings[u][t] = 1f;
            }
        }
        return RecommenderData.of(new InteractionData("synthetic-cycle", "synthetic",
                new IdMap(LongStream.range(0, users).toArray()), new IdMap(LongStream.range(0, items).toArray()),
                sequences, ratings, 1.0));
    }

    private static RecommenderEpochModel model() {
        RecommenderData data = syntheticCycle();
        return new RecommenderEpochModel(config(), 11, data, QNetwork.build(data.itemCount(), config(), 11));
    }

    @Test
    void targetNetwork_copiesTheOnlineNetworkEveryNTrainingSteps_andOnlyThen() {
        RecommenderEpochModel model = model();
        model.startEpoch(0);
        assertEquals(model.network().params(), model.targetNetwork().params(), "the target starts as a copy");
        for (int step = 1; step <= 3 * SYNC_EVERY; step++) {
            model.trainStep(step - 1, 1e-2);
            assertEquals(step, model.trainingSteps());
            if (step % SYNC_EVERY == 0) {
                assertEquals(model.network().params(), model.targetNetwork().params(), "synced after step " + step);
            } else {
                assertNotEquals(model.network().params(), model.targetNetwork().params(),
                        "the online network learned at step " + step + " while the target stayed behind");
            }
        }
    }

    @Test
    void epsilon_decaysLinearlyWithEnvironmentSteps_thenStaysAtItsFloor() {
        RecommenderConfig config = config();
        assertEquals(1.0, config.epsilonAt(0), 1e-12);
        assertEquals(0.55, config.epsilonAt(DECAY_STEPS / 2), 1e-12);
        assertEquals(0.1, config.epsilonAt(DECAY_STEPS), 1e-12);
        assertEquals(0.1, config.epsilonAt(10 * DECAY_STEPS), 1e-12);

        RecommenderEpochModel model = model();
        model.startEpoch(0);
        double previous = model.epsilon();
        assertEquals(1.0, previous, 1e-12);
        for (int step = 0; step < 15; step++) {
            model.trainStep(step, 1e-2);
            assertEquals(PARALLEL * (step + 1L), model.environmentSteps(), "one environment step per session");
            assertEquals(config.epsilonAt(model.environmentSteps()), model.epsilon(), 1e-12);
            assertTrue(model.epsilon() <= previous, "epsilon never rises");
            previous = model.epsilon();
        }
        assertEquals(0.1, model.epsilon(), 1e-12, "120 steps are past the 80-step decay");
    }
}
