/**
 * Model-ready features from regular series: scaling, calendar encodings, chronological splits
 * and leakage-free sliding windows. Nothing here knows which model consumes them.
 */
package io.shopml.datasets.features;
