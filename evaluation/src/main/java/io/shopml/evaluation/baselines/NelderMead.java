package io.shopml.evaluation.baselines;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/**
 * Derivative-free minimisation by the Nelder-Mead simplex method (reflection 1, expansion 2,
 * contraction 1/2, shrink 1/2). Unconstrained: callers map bounded parameters onto the real line.
 * A {@code NaN} objective value counts as {@code +infinity}, so infeasible points are simply
 * never preferred.
 */
final class NelderMead {

    private final int maxEvaluations;
    private final double relativeTolerance;

    NelderMead(int maxEvaluations, double relativeTolerance) {
        this.maxEvaluations = maxEvaluations;
        this.relativeTolerance = relativeTolerance;
    }

    /**
     * The best point found, starting from a simplex of {@code start} and {@code start} moved by
     * {@code step} along each axis; stops when the simplex's best and worst values agree within
     * the relative tolerance, or after the evaluation budget.
     */
    double[] minimise(ToDoubleFunction<double[]> objective, double[] start, double step) {
        Evaluator f = new Evaluator(objective);
        int dimension = start.length;
        Vertex[] simplex = new Vertex[dimension + 1];
        simplex[0] = f.vertex(start.clone());
        for (int i = 0; i < dimension; i++) {
            double[] point = start.clone();
            point[i] += step;
            simplex[i + 1] = f.vertex(point);
        }
        while (true) {
            Arrays.sort(simplex, Comparator.comparingDouble(Vertex::value));
            Vertex best = simplex[0];
            Vertex worst = simplex[dimension];
            if (f.evaluations >= maxEvaluations || converged(best.value, worst.value)) {
                return best.point;
            }
            double[] centroid = centroidWithout(simplex, dimension);
            Vertex reflected = f.vertex(along(centroid, worst.point, -1));
            if (reflected.value < best.value) {
                Vertex expanded = f.vertex(along(centroid, worst.point, -2));
                simplex[dimension] = expanded.value < reflected.value ? expanded : reflected;
            } else if (reflected.value < simplex[dimension - 1].value) {
                simplex[dimension] = reflected;
            } else {
                boolean outside = reflected.value < worst.value;
                Vertex contracted = f.vertex(along(centroid, worst.point, outside ? -0.5 : 0.5));
                if (contracted.value < (outside ? reflected.value : worst.value)) {
                    simplex[dimension] = contracted;
                } else {
                    for (int i = 1; i <= dimension; i++) {
                        simplex[i] = f.vertex(along(best.point, simplex[i].point, 0.5));
                    }
                }
            }
        }
    }

    private boolean converged(double best, double worst) {
        return Double.isFinite(worst)
                && worst - best <= relativeTolerance * (Math.abs(best) + Math.abs(worst)) + Double.MIN_NORMAL;
    }

    /** {@code from + factor * (towards - from)}. */
    private static double[] along(double[] from, double[] towards, double factor) {
        double[] point = new double[from.length];
        for (int i = 0; i < from.length; i++) {
            point[i] = from[i] + factor * (towards[i] - from[i]);
        }
        return point;
    }

    private static double[] centroidWithout(Vertex[] simplex, int excluded) {
        double[] centroid = new double[simplex[0].point.length];
        for (int v = 0; v < simplex.length; v++) {
            if (v != excluded) {
                for (int i = 0; i < centroid.length; i++) {
                    centroid[i] += simplex[v].point[i] / (simplex.length - 1);
                }
            }
        }
        return centroid;
    }

    private record Vertex(double[] point, double value) {
    }

    /** Counts evaluations and maps NaN to +infinity. */
    private static final class Evaluator {
        private final ToDoubleFunction<double[]> objective;
        private int evaluations;

        Evaluator(ToDoubleFunction<double[]> objective) {
            this.objective = objective;
        }

        Vertex vertex(double[] point) {
            evaluations++;
            double value = objective.applyAsDouble(point);
            return new Vertex(point, Double.isNaN(value) ? Double.POSITIVE_INFINITY : value);
        }
    }
}
