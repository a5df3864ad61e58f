package io.shopml.training.forecast;

import io.shopml.datasets.features.StandardScaler;
import io.shopml.datasets.timeseries.Frequency;
import io.shopml.datasets.timeseries.TimeSeries;
import io.shopml.models.forecast.ForecastPreprocessing;
import io.shopml.models.forecast.ForecastTranslator;
import io.shopml.models.forecast.ForecasterConfig;
import io.shopml.models.forecast.PointAndInterval;
import io.shopml.training.loop.RunDirectory;
import io.shopml.training.loop.TrainingException;
import io.shopml.training.loop.TrainingListener;
import io.shopml.training.loop.TrainingLoop;
import io.shopml.training.loop.TrainingOutcome;
import io.shopml.training.loop.TrainingSettings;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains one global LSTM over every series of the data: fits the scaler on training windows,
 * runs the shared loop (early stopping on validation windows, checkpoints, resume), reloads the
 * best epoch, and calibrates the prediction interval on validation errors.
 */
public final class ForecasterTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(ForecasterTrainer.class);

    private final ForecasterConfig config;
    private final long seed;

    public ForecasterTrainer(ForecasterConfig config, long seed) {
        this.config = config;
        this.seed = seed;
    }

    /**
     * Trains in {@code run}. With {@code resume}, continues that run from its last checkpoint with
     * the configuration and seed it was started with; the data must be the same.
     */
    public ForecasterTrainingResult train(ForecastData data, RunDirectory run, boolean resume,
                                          List<TrainingListener> listeners) {
        TrainerRecord record = resume ? resumedRecord(run, data) : new TrainerRecord(config, seed, data.sha256());
        if (!resume) {
            run.writeJson(TrainerRecord.FILE, record);
        }
        ForecasterConfig cfg = record.config();
        Nd4j.getRandom().setSeed(record.seed());
        Frequency frequency = commonFrequency(data.series());

        ForecastWindows train = ForecastWindows.training(data.series(), cfg.window(), cfg.horizon());
        ForecastWindows validation = ForecastWindows.validation(data.series(), cfg.window(), cfg.horizon());
        StandardScaler scaler = ForecastTranslator.fitScaler(train.inputs(), train.targets());
        ForecastPreprocessing uncalibrated = ForecastPreprocessing.withoutInterval(cfg.window(), cfg.horizon(),
                frequency, scaler, cfg.intervalLevel());
        ForecastTranslator translator = new ForecastTranslator(uncalibrated);
        LOG.info("forecaster: {} series, {} training windows, {} validation windows (each with and without calendar)",
                data.series().size(), train.size() / 2, validation.size() / 2);

        ForecasterEpochModel model = new ForecasterEpochModel(cfg, record.seed(), translator, train, validation);
        TrainingLoop loop = new TrainingLoop(new TrainingSettings(cfg.epochs(), cfg.patience(), cfg.learningRate(),
                cfg.warmupEpochs()), run);
        listeners.forEach(loop::addListener);
        TrainingOutcome outcome = loop.run(model, resume);
        model.restoreCheckpoint(outcome.bestCheckpoint());

        List<PointAndInterval> pointForecasts = translator.predict(model.network(), validation.inputs());
        double[][] interval = IntervalCalibration.quantiles(validation.inputs(), validation.targets(),
                pointForecasts, cfg.intervalLevel());
        ForecastPreprocessing preprocessing = uncalibrated.withInterval(interval[0], interval[1]);
        List<PointAndInterval> calibrated = new ForecastTranslator(preprocessing)
                .withInterval(pointForecasts, validation.inputs());
        Map<String, Double> metrics = validationMetrics(validation, calibrated, outcome);
        return new ForecasterTrainingResult(model.network(), preprocessing, cfg, record.seed(), outcome, metrics, data,
                run);
    }

    private static TrainerRecord resumedRecord(RunDirectory run, ForecastData data) {
        TrainerRecord record = run.readJson(TrainerRecord.FILE, TrainerRecord.class).orElseThrow(() ->
                new TrainingException("cannot resume " + run.path() + ": it has no " + TrainerRecord.FILE));
        if (!record.dataSha256().equals(data.sha256())) {
            throw new TrainingException("cannot resume " + run.path() + ": the training data changed since the run "
                    + "started (fingerprint " + record.dataSha256() + ", now " + data.sha256() + ")");
        }
        return record;
    }

    private static Frequency commonFrequency(List<TimeSeries> series) {
        Frequency first = series.get(0).frequency();
        for (TimeSeries s : series) {
            if (s.frequency() != first) {
                throw new TrainingException("series '" + s.id() + "' is " + s.frequency() + " but '" + series.get(0).id()
                        + "' is " + first + ": one model needs one frequency");
            }
        }
        return first;
    }

    private static Map<String, Double> validationMetrics(ForecastWindows validation, List<PointAndInterval> forecasts,
                                                         TrainingOutcome outcome) {
        double absError = 0;
        double smape = 0;
        int inside = 0;
        int count = 0;
        for (int i = 0; i < forecasts.size(); i++) {
            double[] actual = validation.targets().get(i);
            PointAndInterval f = forecasts.get(i);
            for (int s = 0; s < actual.length; s++) {
                double a = actual[s];
                double p = f.point()[s];
                absError += Math.abs(a - p);
                double denominator = Math.abs(a) + Math.abs(p);
                smape += denominator == 0 ? 0 : 200 * Math.abs(a - p) / denominator;
                inside += a >= f.lower()[s] && a <= f.upper()[s] ? 1 : 0;
                count++;
            }
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("validation_loss", outcome.bestValidationLoss());
        metrics.put("validation_mae", absError / count);
        metrics.put("validation_smape", smape / count);
        // In-sample for the interval (it was calibrated on these windows); evaluation measures it on test.
        metrics.put("calibration_interval_coverage", inside / (double) count);
        metrics.put("best_epoch", (double) outcome.bestEpoch() + 1);
        metrics.put("epochs_run", (double) outcome.epochsRun());
        return metrics;
    }
}
