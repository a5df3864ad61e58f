package io.shopml.models.forecast;

/** A forecast in sales units: one point and one interval bound per horizon step. */
public record PointAndInterval(double[] point, double[] lower, double[] upper) {

    public PointAndInterval {
        point = point.clone();
        lower = lower.clone();
        upper = upper.clone();
    }

    @Override
    public double[] point() {
        return point.clone();
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }

    public int horizon() {
        return point.length;
    }
}
