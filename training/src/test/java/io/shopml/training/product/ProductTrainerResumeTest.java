package io.shopml.training.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shopml.datasets.images.FashionMnist;
import io.shopml.datasets.images.LabelledImages;
import io.shopml.models.product.ProductConfig;
import io.shopml.training.loop.EpochResult;
import io.shopml.training.loop.RunDirectory;
import io.shopml.training.loop.TrainingException;
import io.shopml.training.loop.TrainingListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A product run that crashes after its first epoch resumes from that epoch's checkpoint with the
 * configuration and seed it was started with. The SGD momentum buffers are not checkpointed (DJL
 * cannot save optimizer state), so the resumed weights are not bit-identical to an uninterrupted
 * run's; the test checks what resume does guarantee.
 */
class ProductTrainerResumeTest {

    private static final ProductConfig TINY = new ProductConfig(28, 8, List.of(1, 1), 3, 32, 0.05, 0.9, 5e-4, 0, 3, 2,
            true, 60, 10);

    @TempDir
    Path folder;

    @Test
    void resume_afterACrash_continuesFromTheCheckpointWithTheRunsOwnConfiguration() throws IOException {
        LabelledImages train = FashionMnist.load(FashionMnist.Split.TRAIN).firstPerClass(70);
        LabelledImages test = FashionMnist.load(FashionMnist.Split.TEST).firstPerClass(30);
        ProductData data = new ProductData(train, test, "bundled:fashion-mnist (slice)", ProductData.fingerprint(train));
        RunDirectory run = RunDirectory.create(folder.resolve("runs"), "product");
        TrainingListener crashAfterFirstEpoch = new TrainingListener() {
            @Override
            public void onEpochEnd(EpochResult result) {
                if (result.epoch() == 0) {
                    throw new IllegalStateException("simulated crash");
                }
            }
        };
        assertThrows(IllegalStateException.class, () -> new ProductTrainer(TINY, 5)
                .train(data, run, false, List.of(crashAfterFirstEpoch)));
        String firstEpoch = Files.readAllLines(run.metricsLog()).get(0);

        // Other flags on resume: the run's own 3 epochs and seed win over 99 and 12345.
        ProductTrainingResult resumed = new ProductTrainer(TINY.withEpochs(99), 12345).train(data, run, true, List.of());

        List<String> log = Files.readAllLines(run.metricsLog());
        assertEquals(3, log.size(), "one line per epoch, the first not repeated: " + log);
        assertEquals(firstEpoch, log.get(0));
        assertEquals(3, resumed.outcome().epochsRun());
        assertEquals(5, resumed.seed());
        assertEquals(3, resumed.config().epochs());
        assertTrue(resumed.metrics().get("test_accuracy") > 0.2, "chance is 0.1: " + resumed.metrics());
    }

    @Test
    void resume_refusesOtherTrainingData() {
        LabelledImages train = FashionMnist.load(FashionMnist.Split.TRAIN).firstPerClass(70);
        ProductData data = new ProductData(train, null, "slice", ProductData.fingerprint(train));
        RunDirectory run = RunDirectory.create(folder.resolve("runs"), "product");
        new ProductTrainer(TINY.withEpochs(1), 5).train(data, run, false, List.of());

        LabelledImages other = FashionMnist.load(FashionMnist.Split.TRAIN).firstPerClass(71);
        ProductData changed = new ProductData(other, null, "slice", ProductData.fingerprint(other));
        TrainingException e = assertThrows(TrainingException.class,
                () -> new ProductTrainer(TINY, 5).train(changed, run, true, List.of()));
        assertTrue(e.getMessage().contains("training data changed"), e.getMessage());
    }
}
