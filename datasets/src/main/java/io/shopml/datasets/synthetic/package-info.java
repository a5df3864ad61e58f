/**
 * SYNTHETIC data generators for scale and load tests. Everything here is invented and says so
 * in its name; model quality is only ever reported on the real bundled data.
 */
package io.shopml.datasets.synthetic;
