package io.shopml.evaluation.report;

/** What a metrics-table row stands for, so the report can tell the model from what it is compared with. */
public enum RowKind {
    /** The shopml model under evaluation. */
    MODEL,
    /** A baseline run by shopml on the same split. */
    BASELINE,
    /** A published number, on the same or closely related data, with its source. */
    REFERENCE
}
