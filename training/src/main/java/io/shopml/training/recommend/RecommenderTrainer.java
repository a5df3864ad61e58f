package io.shopml.training.recommend;

import io.shopml.models.recommend.QNetwork;
import io.shopml.models.recommend.RecommenderConfig;
import io.shopml.training.loop.RunDirectory;
import io.shopml.training.loop.TrainingException;
import io.shopml.training.loop.TrainingListener;
import io.shopml.training.loop.TrainingLoop;
import io.shopml.training.loop.TrainingOutcome;
import io.shopml.training.loop.TrainingSettings;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains the DQN recommender: implicit ALS on the training interactions gives item factors that
 * initialise the Q-network's two item embeddings, then the shared loop runs double DQN on the
 * session simulator (early stopping on validation HR@10, checkpoints, resume), and the best epoch
 * is kept.
 *
 * <pre>{@code
 * RecommenderTrainingResult result = new RecommenderTrainer(RecommenderConfig.quickRecipe(), 7)
 *         .train(data, RunDirectory.create(runs, "recommender"), false, List.of(ProgressBarListener.toConsole()));
 * result.export(new ModelRepository(repo), "recommender", titles);
 * }</pre>
 */
public final class RecommenderTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(RecommenderTrainer.class);

    private final RecommenderConfig config;
    private final long seed;

    public RecommenderTrainer(RecommenderConfig config, long seed) {
        this.config = config;
        this.seed = seed;
    }

    public RecommenderTrainingResult train(RecommenderData data, RunDirectory run, boolean resume,
                                           List<TrainingListener> listeners) {
        String sha = data.interactions().sha256();
        RecommenderRunRecord record = resume ? resumedRecord(run, sha) : new RecommenderRunRecord(config, seed, sha);
        if (!resume) {
            run.writeJson(RecommenderRunRecord.FILE, record);
        }
        RecommenderConfig cfg = record.config();
        Nd4j.getRandom().setSeed(record.seed());
        MultiLayerNetwork network = QNetwork.build(data.itemCount(), cfg, record.seed());
        if (cfg.mfIterations() > 0) {
            long started = System.nanoTime();
            ImplicitAls.Factors factors = new ImplicitAls(cfg.embeddingSize(), cfg.mfIterations(),
                    cfg.mfRegularisation(), cfg.mfConfidence(), record.seed())
                    .fit(data.validation().train(), data.validation().trainRatings(),
                            data.interactions().maxRating(), data.itemCount());
            QNetwork.initialiseFromItemFactors(network, factors.itemFactors());
            LOG.info("recommender: Q-network embeddings initialised from ALS item factors (rank {}, {} sweeps, {} s)",
                    cfg.embeddingSize(), cfg.mfIterations(), String.format("%.1f", (System.nanoTime() - started) / 1e9));
        }
        LOG.info("recommender: {} users, {} items, {} training interactions; {} environment steps per epoch",
                data.interactions().users().size(), data.itemCount(), count(data.validation().train()),
                cfg.stepsPerEpoch() * cfg.parallelEpisodes());
        RecommenderEpochModel model = new RecommenderEpochModel(cfg, record.seed(), data, network);
        TrainingLoop loop = new TrainingLoop(new TrainingSettings(cfg.epochs(), cfg.patience(), cfg.learningRate(),
                cfg.warmupEpochs()), run);
        listeners.forEach(loop::addListener);
        TrainingOutcome outcome = loop.run(model, resume);
        model.restoreCheckpoint(outcome.bestCheckpoint());

        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("validation_hr_at_10", 1 - outcome.bestValidationLoss());
        metrics.put("best_epoch", (double) outcome.bestEpoch() + 1);
        metrics.put("epochs_run", (double) outcome.epochsRun());
        return new RecommenderTrainingResult(model.network(), cfg, record.seed(), outcome, metrics, data, run);
    }

    private static RecommenderRunRecord resumedRecord(RunDirectory run, String sha) {
        RecommenderRunRecord record = run.readJson(RecommenderRunRecord.FILE, RecommenderRunRecord.class)
                .orElseThrow(() -> new TrainingException("cannot resume " + run.path() + ": it has no "
                        + RecommenderRunRecord.FILE));
        if (!record.dataSha256().equals(sha)) {
            throw new TrainingException("cannot resume " + run.path() + ": the training data changed since the run "
                    + "started (fingerprint " + record.dataSha256() + ", now " + sha + ")");
        }
        return record;
    }

    private static long count(int[][] sequences) {
        long n = 0;
        for (int[] s : sequences) {
            n += s.length;
        }
        return n;
    }
}
