/**
 * Training-speed benchmarks: a fixed number of optimizer steps of a shopml network on random data
 * of the real shapes, measured side by side with the same architecture in PyTorch. Each model
 * plugs in a {@link io.shopml.evaluation.bench.TrainBenchProvider} (ServiceLoader).
 *
 * <pre>{@code
 * TrainBenchComparison c = TrainBenchComparison.run("forecaster", new TrainBenchOptions(48, 5, 0, 2),
 *         PyTorchPeer.debianPython());
 * System.out.println(c.verdict());   // forecaster training speed vs PyTorch: 0.61x
 * ReportJson.saveSection(c.toSection(), Path.of("report"), "train-forecaster");
 * }</pre>
 */
package io.shopml.evaluation.bench;
