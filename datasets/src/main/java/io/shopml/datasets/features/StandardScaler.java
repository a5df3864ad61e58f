package io.shopml.datasets.features;

import io.shopml.datasets.DatasetException;
import java.util.Arrays;

/**
 * Standardisation {@code (x - mean) / std}, fitted on training data and stored with the model
 * (it serialises to JSON as {@code {"mean":...,"std":...}}) so that serving scales exactly as
 * training did.
 *
 * <pre>{@code
 * StandardScaler scaler = StandardScaler.fit(series.head(split.trainEnd()).values());
 * double[] scaled = scaler.transform(window.input());
 * }</pre>
 *
 * @param mean subtracted first
 * @param std divided by next; positive and finite
 */
public record StandardScaler(double mean, double std) {

    public StandardScaler {
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("scaler mean must be finite but was " + mean);
        }
        if (!(std > 0) || Double.isInfinite(std)) {
            throw new IllegalArgumentException("scaler std must be positive and finite but was " + std);
        }
    }

    /**
     * Mean and population standard deviation (divide by n) of the non-NaN values. A constant
     * input gets std 1, so it transforms to zeros instead of dividing by zero.
     *
     * @throws DatasetException when there is no non-NaN value
     */
    public static StandardScaler fit(double[] values) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        if (present.length == 0) {
            throw new DatasetException("cannot fit a scaler: all " + values.length + " values are missing (NaN)");
        }
        double mean = Arrays.stream(present).average().orElseThrow();
        double squares = 0;
        for (double value : present) {
            squares += (value - mean) * (value - mean);
        }
        double std = Math.sqrt(squares / present.length);
        return new StandardScaler(mean, std > 0 ? std : 1.0);
    }

    public double transform(double value) {
        return (value - mean) / std;
    }

    public double inverse(double scaled) {
        return scaled * std + mean;
    }

    /** A transformed copy. */
    public double[] transform(double[] values) {
        return Arrays.stream(values).map(this::transform).toArray();
    }

    /** An inverse-transformed copy. */
    public double[] inverse(double[] scaled) {
        return Arrays.stream(scaled).map(this::inverse).toArray();
    }
}
