/**
 * Content fingerprints of data sets, recorded in model manifests as training-data provenance.
 */
package io.shopml.datasets.fingerprint;
