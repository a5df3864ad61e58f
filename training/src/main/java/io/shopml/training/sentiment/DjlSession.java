package io.shopml.training.sentiment;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Adam;
import io.shopml.training.loop.TrainingException;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * One DJL model and trainer (PyTorch engine, CPU, Adam with gradient clipping and the loop's
 * learning rate) with the per-step plumbing both sentiment phases share: every batch's arrays
 * live in a sub-manager closed after the step, so training does not grow native memory.
 *
 * <p>Weights to start from (pre-trained encoder, a checkpoint to resume) are loaded when the
 * session is made, before the trainer initialises: DJL's trainer keeps the parameter arrays it
 * saw at initialisation in its parameter store, so arrays loaded into the block afterwards would
 * be neither trained nor used, and every later checkpoint would hold them instead of the trained ones.
 */
final class DjlSession implements AutoCloseable {

    private final Model model;
    private final Trainer trainer;
    private final AdjustableLearningRate rate = new AdjustableLearningRate();

    /**
     * @param initialWeights blocks (the network or one of its parts) to load from files before training;
     *                       parameters not loaded are initialised at random
     */
    DjlSession(String name, Block block, Loss loss, long seed, Map<Block, Path> initialWeights, Shape... inputShapes) {
        Engine.getEngine("PyTorch").setRandomSeed((int) seed);
        this.model = Model.newInstance(name, Device.cpu(), "PyTorch");
        model.setBlock(block);
        initialWeights.forEach(this::load);
        DefaultTrainingConfig config = new DefaultTrainingConfig(loss)
                .optDevices(new Device[] {Device.cpu()})
                .optInitializer(new NormalInitializer(0.02f), Parameter.Type.WEIGHT)
                .optOptimizer(Adam.builder().optLearningRateTracker(rate).optWeightDecays(0.01f).optClipGrad(1f).build());
        this.trainer = model.newTrainer(config);
        trainer.initialize(inputShapes);
    }

    /** One optimizer step on the batch {@code batch} builds; returns the loss. */
    double step(double learningRate, Function<NDManager, NDList[]> batch) {
        rate.set(learningRate);
        try (NDManager scope = trainer.getManager().newSubManager()) {
            NDList[] inputsAndLabels = batch.apply(scope);
            float loss;
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDList predictions = trainer.forward(inputsAndLabels[0], inputsAndLabels[1]);
                NDArray lossValue = trainer.getLoss().evaluate(inputsAndLabels[1], predictions);
                collector.backward(lossValue);
                loss = lossValue.getFloat();
            }
            trainer.step();
            return loss;
        }
    }

    /** The loss on one batch without training (dropout off). */
    double evaluate(Function<NDManager, NDList[]> batch) {
        try (NDManager scope = trainer.getManager().newSubManager()) {
            NDList[] inputsAndLabels = batch.apply(scope);
            NDList predictions = trainer.evaluate(inputsAndLabels[0]);
            return trainer.getLoss().evaluate(inputsAndLabels[1], predictions).getFloat();
        }
    }

    /** The network's output for one batch, copied out as floats (dropout off). */
    float[] predict(Function<NDManager, NDList> inputs) {
        try (NDManager scope = trainer.getManager().newSubManager()) {
            return trainer.evaluate(inputs.apply(scope)).head().toFloatArray();
        }
    }

    static void save(Block block, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            block.saveParameters(new DataOutputStream(out));
        } catch (IOException e) {
            throw new TrainingException("cannot write weights " + file + ": " + e);
        }
    }

    private void load(Block block, Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            block.loadParameters(model.getNDManager(), new DataInputStream(in));
        } catch (IOException | MalformedModelException e) {
            throw new TrainingException("cannot read weights " + file + ": " + e);
        }
    }

    @Override
    public void close() {
        trainer.close();
        model.close();
    }
}
