package io.shopml.evaluation.report;

import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates the latest version of every model in a repository with the evaluator of its task.
 * A model that cannot be opened, has no evaluator, or fails is reported in its own section with
 * the reason, and the others are still evaluated.
 */
public final class RepositoryEvaluation {

    private static final Logger LOG = LoggerFactory.getLogger(RepositoryEvaluation.class);

    private final ModelEvaluators evaluators;

    public RepositoryEvaluation(ModelEvaluators evaluators) {
        this.evaluators = evaluators;
    }

    /** The outcome: one section per model folder, in name order. */
    public record Outcome(List<ReportSection> sections, List<String> failures) {
        public Outcome {
            sections = List.copyOf(sections);
            failures = List.copyOf(failures);
        }
    }

    /**
     * @throws IllegalArgumentException if the repository holds no model
     */
    public Outcome evaluate(ModelRepository repository, EvaluationContext context) {
        List<String> models = repository.modelNames();
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no model in repository " + repository.root()
                    + ": train one first, e.g. shopml train forecaster --repo " + repository.root());
        }
        List<ReportSection> sections = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String name : models) {
            try {
                sections.add(evaluateModel(repository, name, context));
            } catch (RuntimeException e) {
                String reason = name + ": " + e.getMessage();
                LOG.warn("evaluation of {} failed", name, e);
                failures.add(reason);
                sections.add(ReportSection.builder(name).note("not evaluated: " + e.getMessage()).build());
            }
        }
        return new Outcome(sections, failures);
    }

    private ReportSection evaluateModel(ModelRepository repository, String name, EvaluationContext context) {
        ModelArtifact artifact = repository.openLatest(name);
        String task = artifact.manifest().task();
        Optional<ModelEvaluator> evaluator = evaluators.forTask(task);
        if (evaluator.isEmpty()) {
            throw new IllegalStateException("no evaluator for task '" + task + "' on the class path (have: "
                    + evaluators.tasks() + ")");
        }
        LOG.info("evaluating {} v{} ({})", name, artifact.manifest().version(), task);
        return evaluator.get().evaluate(artifact, context);
    }
}
