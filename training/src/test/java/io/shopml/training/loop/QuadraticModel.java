package io.shopml.training.loop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A one-parameter model minimising (w - target)^2 with seeded noise per epoch: small enough to
 * reason about, real enough to exercise checkpoints, schedules and resume.
 */
final class QuadraticModel implements EpochModel {

    private final double target;
    private final int steps;
    private final double validationFloor;
    private double w;
    private Random noise;
    final List<Double> learningRates = new ArrayList<>();

    QuadraticModel(double target, int steps, double validationFloor) {
        this.target = target;
        this.steps = steps;
        this.validationFloor = validationFloor;
    }

    double weight() {
        return w;
    }

    @Override
    public int stepsPerEpoch() {
        return steps;
    }

    @Override
    public void startEpoch(int epoch) {
        noise = new Random(1000 + epoch);
    }

    @Override
    public double trainStep(int step, double learningRate) {
        learningRates.add(learningRate);
        double gradient = 2 * (w - target) + noise.nextGaussian() * 0.01;
        w -= learningRate * gradient;
        return (w - target) * (w - target);
    }

    @Override
    public double validationLoss() {
        return Math.max(validationFloor, (w - target) * (w - target));
    }

    @Override
    public void saveCheckpoint(Path directory) {
        try {
            Files.writeString(directory.resolve("w.txt"), Double.toString(w));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void restoreCheckpoint(Path directory) {
        try {
            w = Double.parseDouble(Files.readString(directory.resolve("w.txt")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
