/**
 * Runs the PyTorch peer of a shopml network ({@code evaluation/pytorch/*.py}, shipped on the
 * classpath) with Debian's {@code /usr/bin/python3}, so training speed can be compared side by
 * side on the same machine; degrades to "not available, because ..." where PyTorch is missing.
 *
 * <pre>{@code
 * Optional<PyTorchBenchResult> peer = PyTorchPeer.debianPython().run(LstmBenchSettings.reference(2));
 * peer.ifPresent(result -> log.info("PyTorch {}: {} steps/s", result.torchVersion(), result.stepsPerSecond()));
 * }</pre>
 */
package io.shopml.evaluation.pytorch;
