/**
 * The evaluation report: {@code shopml evaluate --all} runs one {@link
 * io.shopml.evaluation.report.ModelEvaluator} per model in a repository (found through
 * {@link java.util.ServiceLoader} by the manifest's task), adds the benchmark sections that
 * {@code shopml bench} saved, and writes {@code results.json} (all numbers and plot data) and
 * {@code index.html} (tables and PNG plots embedded as base64, readable offline from disk).
 *
 * <pre>{@code
 * Report report = new RepositoryEvaluation(ModelEvaluators.discover())
 *         .evaluate(new ModelRepository(Path.of("models")), EvaluationContext.defaults());
 * ReportWriter.write(report, Path.of("report"));      // report/results.json + report/index.html
 * ReportWriter.write(ReportJson.read(Path.of("report/results.json")), Path.of("report"));   // re-render
 * }</pre>
 *
 * <p>A model engineer adds an evaluator for a new task by implementing {@code ModelEvaluator},
 * building its section from {@link io.shopml.evaluation.report.MetricsTable} rows (model,
 * baselines, published references with their source) and {@link io.shopml.evaluation.report.Plot}s
 * ({@link io.shopml.evaluation.report.TrainingCurves#of} gives the learning curves), and listing
 * the class in {@code META-INF/services/io.shopml.evaluation.report.ModelEvaluator}.
 */
package io.shopml.evaluation.report;
