package io.shopml.gpuconfig.doctor;

/** How a doctor check came out: FAIL makes {@code shopml doctor} exit non-zero, WARN does not. */
public enum CheckStatus {
    OK, WARN, FAIL
}
