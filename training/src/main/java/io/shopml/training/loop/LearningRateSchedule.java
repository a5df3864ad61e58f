package io.shopml.training.loop;

/**
 * Linear warm-up from a tenth of the peak rate, then cosine decay to {@code minFraction} of the
 * peak by the last step: warm-up keeps Adam's first noisy steps small; the decay lets the model
 * settle.
 */
public record LearningRateSchedule(double peak, long warmupSteps, long totalSteps, double minFraction) {

    public LearningRateSchedule {
        if (peak <= 0) {
            throw new IllegalArgumentException("peak learning rate must be positive, got " + peak);
        }
        if (warmupSteps < 0 || totalSteps < 1 || warmupSteps > totalSteps) {
            throw new IllegalArgumentException("need 0 <= warm-up steps <= total steps, got " + warmupSteps + " and "
                    + totalSteps);
        }
    }

    public static LearningRateSchedule warmupCosine(double peak, long warmupSteps, long totalSteps) {
        return new LearningRateSchedule(peak, warmupSteps, totalSteps, 0.05);
    }

    /** The rate for global step {@code step} (0-based). */
    public double rate(long step) {
        if (step < warmupSteps) {
            double progress = (step + 1) / (double) warmupSteps;
            return peak * (0.1 + 0.9 * progress);
        }
        long decaySteps = Math.max(1, totalSteps - warmupSteps);
        double progress = Math.min(1.0, (step - warmupSteps) / (double) decaySteps);
        double cosine = 0.5 * (1 + Math.cos(Math.PI * progress));
        return peak * (minFraction + (1 - minFraction) * cosine);
    }
}
