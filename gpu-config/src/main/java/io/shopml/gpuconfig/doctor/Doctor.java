package io.shopml.gpuconfig.doctor;

import io.shopml.gpuconfig.DeviceConfig;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code shopml doctor}: runs every check on this machine and prints one OK / WARN / FAIL line per
 * finding, with a hint under each one that is not OK. The exit code is non-zero when something
 * required (Java, a backend, the requested device, the bundled data, the given repository) fails.
 *
 * <pre>{@code
 * Doctor doctor = Doctor.standard(DeviceConfig.defaults(), Optional.of(Path.of("models-repo")));
 * List<CheckResult> results = doctor.run();
 * Doctor.print(results, System.out);
 * System.exit(Doctor.exitCode(results));
 * }</pre>
 */
public final class Doctor {

    private final List<DoctorCheck> checks;

    public Doctor(List<DoctorCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /**
     * The full set, in reading order: system, CPU, GPUs, backends, threads, data, repository.
     *
     * @param config     the device configuration to check (threads, requested device)
     * @param repository a model repository to check, if any
     */
    public static Doctor standard(DeviceConfig config, Optional<Path> repository) {
        return new Doctor(List.of(
                SystemChecks::run,
                CpuFeatures::check,
                () -> GpuCheck.check(NvidiaSmi.query(), config),
                () -> BackendChecks.check(config),
                () -> ThreadCheck.check(config, Runtime.getRuntime().availableProcessors()),
                BundledDataCheck::check,
                () -> RepositoryCheck.check(repository)));
    }

    /** Runs every check; a check that throws becomes a FAIL naming the exception. */
    public List<CheckResult> run() {
        List<CheckResult> results = new ArrayList<>();
        for (DoctorCheck check : checks) {
            try {
                results.addAll(check.run());
            } catch (RuntimeException | LinkageError e) {
                results.add(CheckResult.fail(check.getClass().getSimpleName(), e.toString(),
                        "unexpected error; rerun with SHOPML_DEBUG=1 and report it"));
            }
        }
        return results;
    }

    /** 0 when nothing failed, 1 otherwise. */
    public static int exitCode(List<CheckResult> results) {
        return results.stream().anyMatch(r -> r.status() == CheckStatus.FAIL) ? 1 : 0;
    }

    /** One aligned line per result, hints indented below, and a closing count. */
    public static void print(List<CheckResult> results, PrintStream out) {
        int width = results.stream().mapToInt(r -> r.name().length()).max().orElse(10);
        for (CheckResult r : results) {
            out.printf("%-4s  %-" + width + "s  %s%n", r.status(), r.name(), r.detail());
            if (!r.hint().isEmpty()) {
                out.printf("      %" + width + "s  -> %s%n", "", r.hint());
            }
        }
        long warnings = results.stream().filter(r -> r.status() == CheckStatus.WARN).count();
        long failures = results.stream().filter(r -> r.status() == CheckStatus.FAIL).count();
        out.printf("%d checks: %d OK, %d WARN, %d FAIL%n", results.size(),
                results.size() - warnings - failures, warnings, failures);
    }
}
