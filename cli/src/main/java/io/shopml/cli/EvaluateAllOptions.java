package io.shopml.cli;

import io.shopml.evaluation.report.EvaluationContext;
import io.shopml.evaluation.report.MetricsTable;
import io.shopml.evaluation.report.ModelEvaluators;
import io.shopml.evaluation.report.RepositoryEvaluation;
import io.shopml.evaluation.report.ReportJson;
import io.shopml.evaluation.report.ReportSection;
import io.shopml.evaluation.report.ReportWriter;
import io.shopml.evaluation.report.TextTable;
import io.shopml.models.artifact.ModelRepository;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code shopml evaluate --all --repo DIR}: every model of the repository with its task's
 * evaluator, plus the sections {@code shopml bench} saved in the report folder, into
 * {@code report/results.json} and {@code report/index.html}.
 */
final class EvaluateAllOptions {

    @Option(names = "--all", description = "Evaluate every model in --repo and write results.json and index.html.")
    boolean all;

    @Option(names = "--repo", paramLabel = "DIR", description = "Model repository (with --all).")
    Path repo;

    @Option(names = "--runs", paramLabel = "DIR", defaultValue = "runs",
            description = "Training runs, for learning curves (default: ${DEFAULT-VALUE}).")
    Path runs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "report",
            description = "Report folder; bench sections saved in DIR/sections are included (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--data", paramLabel = "TASK=FILE",
            description = "Held-out data for a task instead of its bundled data, e.g. forecast=sales.csv (repeatable).")
    Map<String, Path> data = Map.of();

    int run() {
        if (repo == null) {
            throw new IllegalArgumentException("evaluate --all needs --repo DIR");
        }
        RepositoryEvaluation.Outcome outcome = new RepositoryEvaluation(ModelEvaluators.discover())
                .evaluate(new ModelRepository(repo), new EvaluationContext(runs, data));
        List<ReportSection> sections = new ArrayList<>(outcome.sections());
        sections.addAll(ReportJson.savedSections(out));
        for (ReportSection section : sections) {
            System.out.println("== " + section.title());
            for (MetricsTable table : section.tables()) {
                System.out.print(TextTable.format(table));
            }
            section.notes().forEach(note -> System.out.println("  note: " + note));
        }
        Path page = ReportWriter.write(ReportWriter.newReport("shopml evaluation of " + repo, sections), out);
        System.out.println("wrote " + out.resolve(ReportWriter.RESULTS) + " and " + page);
        outcome.failures().forEach(failure -> System.err.println("not evaluated: " + failure));
        return outcome.failures().isEmpty() ? 0 : 1;
    }
}
