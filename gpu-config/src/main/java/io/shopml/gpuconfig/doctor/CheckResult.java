package io.shopml.gpuconfig.doctor;

import java.util.Objects;

/**
 * One line of the doctor's report: what was checked, how it came out, what was found and, when
 * not OK, what to do about it.
 *
 * @param name   what was checked, e.g. {@code ND4J backend}
 * @param status OK, WARN or FAIL
 * @param detail what was found
 * @param hint   the next step when not OK; empty when OK
 */
public record CheckResult(String name, CheckStatus status, String detail, String hint) {

    public CheckResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
        hint = hint == null ? "" : hint;
    }

    public static CheckResult ok(String name, String detail) {
        return new CheckResult(name, CheckStatus.OK, detail, "");
    }

    public static CheckResult warn(String name, String detail, String hint) {
        return new CheckResult(name, CheckStatus.WARN, detail, hint);
    }

    public static CheckResult fail(String name, String detail, String hint) {
        return new CheckResult(name, CheckStatus.FAIL, detail, hint);
    }
}
