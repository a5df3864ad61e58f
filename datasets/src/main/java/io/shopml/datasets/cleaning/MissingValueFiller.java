package io.shopml.datasets.cleaning;

import java.util.Arrays;

/** Fills the {@code NaN} entries of a regular series' values; see {@link FillMethod}. */
final class MissingValueFiller {

    private MissingValueFiller() {
    }

    /** A filled copy of {@code x}, which must hold at least one non-NaN value. */
    static double[] fill(double[] x, FillMethod method, int seasonLength) {
        return switch (method) {
            case LINEAR -> linear(x);
            case PREVIOUS -> previous(x);
            case SEASONAL -> seasonal(x, seasonLength);
        };
    }

    private static double[] linear(double[] x) {
        double[] filled = x.clone();
        int before = -1;
        for (int i = 0; i <= x.length; i++) {
            if (i < x.length && Double.isNaN(x[i])) {
                continue;
            }
            int gapStart = before + 1;
            for (int j = gapStart; j < i; j++) {
                if (before < 0) {
                    filled[j] = x[i];
                } else if (i == x.length) {
                    filled[j] = x[before];
                } else {
                    filled[j] = x[before] + (x[i] - x[before]) * (j - before) / (i - before);
                }
            }
            before = i;
        }
        return filled;
    }

    private static double[] previous(double[] x) {
        double[] filled = x.clone();
        double last = Arrays.stream(x).filter(v -> !Double.isNaN(v)).findFirst().orElseThrow();
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                filled[i] = last;
            } else {
                last = x[i];
            }
        }
        return filled;
    }

    private static double[] seasonal(double[] x, int seasonLength) {
        double[] filled = linear(x);
        for (int i = seasonLength; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                filled[i] = filled[i - seasonLength];
            }
        }
        return filled;
    }
}
