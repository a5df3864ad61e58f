package io.shopml.gpuconfig.doctor;

import java.util.List;

/**
 * One thing {@code shopml doctor} looks at. A check reports problems as results, never by
 * throwing; {@link Doctor} still turns an unexpected exception into a FAIL so one broken check
 * cannot hide the others.
 */
@FunctionalInterface
public interface DoctorCheck {

    /** The results of this check, usually one. */
    List<CheckResult> run();
}
