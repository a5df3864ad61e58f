/**
 * Training-speed benchmarks: a fixed number of optimizer steps of a shopml network on random data
 * of the real shapes, measured side by side with the same architecture in PyTorch.
 */
package io.shopml.evaluation.bench;
