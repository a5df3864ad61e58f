package io.shopml.gpuconfig.doctor;

import io.shopml.gpuconfig.BuildProfile;
import io.shopml.gpuconfig.DeviceConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * GPUs and the CUDA driver as nvidia-smi reports them, judged against what is asked for: no GPU
 * is fine on the CPU, a FAIL when a CUDA device is configured.
 */
final class GpuCheck {

    /** PyTorch cu124 runs on drivers for CUDA 12.0 and newer (CUDA minor-version compatibility). */
    static final int MIN_DRIVER_CUDA_MAJOR = 12;

    private GpuCheck() {
    }

    static List<CheckResult> check(NvidiaSmi smi, DeviceConfig config) {
        return check(smi, config, BuildProfile.current());
    }

    static List<CheckResult> check(NvidiaSmi smi, DeviceConfig config, BuildProfile build) {
        boolean wanted = config.wantsCuda();
        if (!smi.found() || smi.gpus().isEmpty()) {
            String detail = smi.found() ? "nvidia-smi lists no GPU" : "none (" + smi.problem() + ")";
            return List.of(wanted
                    ? CheckResult.fail("GPUs", detail, "a CUDA device is configured: install the NVIDIA driver "
                            + "and check nvidia-smi, or use --device cpu")
                    : CheckResult.ok("GPUs", detail + "; running on the CPU"));
        }
        List<CheckResult> results = new ArrayList<>();
        for (NvidiaSmi.Gpu gpu : smi.gpus()) {
            results.add(CheckResult.ok("GPU " + gpu.index(), gpu.name() + ", " + gpu.memoryMiB() + " MiB"));
        }
        results.add(driver(smi, build));
        int highest = highestRequestedIndex(config);
        if (highest >= smi.gpus().size()) {
            results.add(CheckResult.fail("GPU index", "cuda:" + highest + " configured, " + smi.gpus().size()
                    + " GPU(s) present", "use cuda:0 to cuda:" + (smi.gpus().size() - 1)));
        }
        if (!build.isCuda()) {
            results.add(CheckResult.warn("GPU use", "GPU present, but this is the CPU build",
                    "to train and serve on it: ./mvnw -Pcuda -DskipTests package -pl cli -am, then --device cuda"));
        }
        return results;
    }

    private static CheckResult driver(NvidiaSmi smi, BuildProfile build) {
        String detail = "driver " + smi.gpus().get(0).driver()
                + (smi.cudaVersion().isEmpty() ? "" : ", supports CUDA up to " + smi.cudaVersion());
        if (build.isCuda() && !smi.cudaVersion().isEmpty() && cudaMajor(smi.cudaVersion()) < MIN_DRIVER_CUDA_MAJOR) {
            return CheckResult.fail("CUDA driver", detail, "PyTorch " + build.pytorchFlavor()
                    + " needs a driver for CUDA " + MIN_DRIVER_CUDA_MAJOR + ".x or newer (525.60+); update the NVIDIA driver");
        }
        return CheckResult.ok("CUDA driver", detail);
    }

    private static int highestRequestedIndex(DeviceConfig config) {
        int highest = config.device().isCuda() ? config.device().index() : -1;
        return config.placement().values().stream().filter(d -> d.isCuda())
                .mapToInt(d -> d.index()).reduce(highest, Math::max);
    }

    private static int cudaMajor(String version) {
        try {
            return Integer.parseInt(version.split("\\.")[0]);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
