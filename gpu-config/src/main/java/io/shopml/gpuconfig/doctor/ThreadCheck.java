package io.shopml.gpuconfig.doctor;

import io.shopml.gpuconfig.DeviceConfig;

import java.util.List;

/** The thread settings in force, and a WARN when they ask for more threads than there are cores. */
final class ThreadCheck {

    private ThreadCheck() {
    }

    static List<CheckResult> check(DeviceConfig config, int cores) {
        String detail = "ND4J " + config.nd4jThreads() + ", PyTorch " + config.torchIntraOpThreads()
                + " intra-op / " + config.torchInterOpThreads() + " inter-op, workspaces " + config.workspaceMode()
                + ", OMP_NUM_THREADS " + System.getenv().getOrDefault("OMP_NUM_THREADS", "unset");
        List<String> warnings = config.warnings(cores);
        return List.of(warnings.isEmpty()
                ? CheckResult.ok("Threads", detail)
                : CheckResult.warn("Threads", detail + " (" + String.join("; ", warnings) + ")",
                        "oversubscribed cores make threads wait for each other: use --threads " + cores
                                + " or fewer"));
    }
}
