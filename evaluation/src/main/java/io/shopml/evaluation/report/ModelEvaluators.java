package io.shopml.evaluation.report;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The {@link ModelEvaluator}s on the class path, by task. */
public final class ModelEvaluators {

    private final Map<String, ModelEvaluator> byTask;

    public ModelEvaluators(Iterable<ModelEvaluator> evaluators) {
        Map<String, ModelEvaluator> map = new TreeMap<>();
        for (ModelEvaluator evaluator : evaluators) {
            ModelEvaluator previous = map.put(evaluator.task(), evaluator);
            if (previous != null) {
                throw new IllegalStateException("two evaluators for task '" + evaluator.task() + "': "
                        + previous.getClass().getName() + " and " + evaluator.getClass().getName());
            }
        }
        this.byTask = Collections.unmodifiableMap(map);
    }

    /** Every evaluator listed in {@code META-INF/services/io.shopml.evaluation.report.ModelEvaluator}. */
    public static ModelEvaluators discover() {
        return new ModelEvaluators(ServiceLoader.load(ModelEvaluator.class));
    }

    public Optional<ModelEvaluator> forTask(String task) {
        return Optional.ofNullable(byTask.get(task));
    }

    /** The tasks that have an evaluator, sorted. */
    public java.util.Set<String> tasks() {
        return byTask.keySet();
    }
}
