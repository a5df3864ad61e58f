package io.shopml.gpuconfig.doctor;

import io.shopml.gpuconfig.BackendReport;
import io.shopml.gpuconfig.DeviceConfig;
import io.shopml.gpuconfig.DeviceUnavailableException;

import java.util.ArrayList;
import java.util.List;

/**
 * The build profile, which ND4J backend and DJL engine actually load (versions, native library
 * folders), and whether the configured device is usable with them.
 */
final class BackendChecks {

    private BackendChecks() {
    }

    /** Applies {@code config} (so thread limits are in force), starts both backends and judges them. */
    static List<CheckResult> check(DeviceConfig config) {
        try {
            config.apply();
        } catch (DeviceUnavailableException e) {
            return List.of(CheckResult.fail("ND4J backend", e.getMessage(),
                    "rebuild with ./shopml (cpu) or check the CUDA 11.6 runtime (cuda build)"));
        }
        return judge(BackendReport.detect(), config);
    }

    static List<CheckResult> judge(BackendReport report, DeviceConfig config) {
        List<CheckResult> results = new ArrayList<>();
        results.add(CheckResult.ok("Build profile", report.build().summary()));
        BackendReport.Nd4jStatus nd4j = report.nd4j();
        if (nd4j.loaded()) {
            results.add(CheckResult.ok("ND4J backend", nd4j.backend() + " " + nd4j.version() + " on "
                    + (nd4j.cpu() ? "CPU" : nd4j.devices() + " GPU(s)") + ", BLAS " + nd4j.blasVendor()));
            results.add(CheckResult.ok("ND4J natives", nd4j.nativeDir()));
        } else {
            results.add(CheckResult.fail("ND4J backend", nd4j.error(), "the " + report.build().nd4jBackend()
                    + " jars or their native libraries are missing; rebuild (./shopml rebuilds on changes)"));
        }
        BackendReport.DjlStatus djl = report.djl();
        if (djl.loaded()) {
            results.add(CheckResult.ok("DJL engine", "PyTorch " + djl.pytorchVersion() + " (DJL " + djl.djlVersion()
                    + "), default device " + djl.defaultDevice() + ", " + djl.gpus() + " GPU(s)"));
            results.add(CheckResult.ok("DJL natives", djl.nativeDir()));
        } else {
            results.add(CheckResult.fail("DJL engine", djl.error(), "DJL runs offline and needs pytorch-native-"
                    + report.build().pytorchFlavor() + " and pytorch-jni on the class path; rebuild"));
        }
        results.add(device(report, config));
        return results;
    }

    private static CheckResult device(BackendReport report, DeviceConfig config) {
        try {
            report.requireUsable(config);
            return CheckResult.ok("Device", config.device() + (config.placement().isEmpty() ? ""
                    : ", placement " + config.placement()) + " usable");
        } catch (DeviceUnavailableException e) {
            return CheckResult.fail("Device", config.device() + " not usable", e.getMessage());
        }
    }
}
