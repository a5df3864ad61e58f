package io.shopml.datasets.cleaning;

/** How missing periods are filled; edges without a neighbour take the nearest observed value. */
public enum FillMethod {
    /** Straight line between the observed neighbours before and after the gap. */
    LINEAR,
    /** The value one season earlier (itself possibly filled); LINEAR in the first season. */
    SEASONAL,
    /** The last observed value carried forward. */
    PREVIOUS
}
