package io.shopml.datasets.features;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One supervised example cut from a series: the {@code input} periods right before the
 * {@code target} periods. Immutable; arrays are copied in and out, and {@code equals} compares
 * their contents.
 *
 * @param seriesId the series it was cut from
 * @param targetStart index in the series of the first target period
 * @param input the values of periods {@code [targetStart - input.length, targetStart)}
 * @param target the values of periods {@code [targetStart, targetStart + target.length)}
 * @param inputDates the dates of the input values
 * @param targetDates the dates of the target values
 */
public record Window(String seriesId, int targetStart, double[] input, double[] target,
        List<LocalDate> inputDates, List<LocalDate> targetDates) {

    public Window {
        Objects.requireNonNull(seriesId, "seriesId");
        if (input.length != inputDates.size() || target.length != targetDates.size()) {
            throw new IllegalArgumentException("window of series '" + seriesId + "' has " + input.length
                    + " inputs for " + inputDates.size() + " input dates and " + target.length + " targets for "
                    + targetDates.size() + " target dates");
        }
        input = input.clone();
        target = target.clone();
        inputDates = List.copyOf(inputDates);
        targetDates = List.copyOf(targetDates);
    }

    @Override
    public double[] input() {
        return input.clone();
    }

    @Override
    public double[] target() {
        return target.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Window that
                && seriesId.equals(that.seriesId)
                && targetStart == that.targetStart
                && Arrays.equals(input, that.input)
                && Arrays.equals(target, that.target)
                && inputDates.equals(that.inputDates)
                && targetDates.equals(that.targetDates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(seriesId, targetStart, Arrays.hashCode(input), Arrays.hashCode(target), inputDates,
                targetDates);
    }

    @Override
    public String toString() {
        return "Window[seriesId=" + seriesId + ", targetStart=" + targetStart + ", input=" + Arrays.toString(input)
                + ", target=" + Arrays.toString(target) + "]";
    }
}
