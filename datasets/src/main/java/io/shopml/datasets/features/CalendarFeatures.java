package io.shopml.datasets.features;

import java.time.LocalDate;

/**
 * Cyclic encodings of the calendar position of a date: a point on the unit circle, so that
 * December sits next to January and Sunday next to Monday, which a plain index would not say.
 *
 * <pre>{@code
 * double[] month = CalendarFeatures.monthOfYear(LocalDate.of(2017, 4, 1)); // {1.0, ~0.0}
 * }</pre>
 */
public final class CalendarFeatures {

    private static final int MONTHS = 12;
    private static final int DAYS = 7;

    private CalendarFeatures() {
    }

    /** {@code {sin(2 pi (m-1)/12), cos(2 pi (m-1)/12)}} with m = 1 for January. */
    public static double[] monthOfYear(LocalDate date) {
        return onCircle(date.getMonthValue() - 1, MONTHS);
    }

    /** {@code {sin(2 pi (d-1)/7), cos(2 pi (d-1)/7)}} with d = 1 for Monday (ISO-8601). */
    public static double[] dayOfWeek(LocalDate date) {
        return onCircle(date.getDayOfWeek().getValue() - 1, DAYS);
    }

    private static double[] onCircle(int position, int cycle) {
        double angle = 2 * Math.PI * position / cycle;
        return new double[] {Math.sin(angle), Math.cos(angle)};
    }
}
