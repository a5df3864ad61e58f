package io.shopml.gpuconfig.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The CPU's model and SIMD extensions from {@code /proc/cpuinfo}. ND4J's default native build
 * runs on any x86_64; AVX2 and AVX-512 matter because the {@code -avx2} / {@code -avx512} builds
 * and PyTorch's kernels use them.
 *
 * @param model CPU model name
 * @param flags the feature flags of the first processor
 */
record CpuFeatures(String model, Set<String> flags) {

    static final Path CPUINFO = Path.of("/proc/cpuinfo");

    /** Parses the text of {@code /proc/cpuinfo}; only the first processor is read (all are alike). */
    static CpuFeatures parse(String cpuinfo) {
        String model = "unknown";
        Set<String> flags = Set.of();
        for (String line : cpuinfo.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                if (!flags.isEmpty()) {
                    break;
                }
                continue;
            }
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (key.equals("model name") && model.equals("unknown")) {
                model = value;
            } else if (key.equals("flags") && flags.isEmpty()) {
                flags = Arrays.stream(value.split("\\s+")).collect(Collectors.toUnmodifiableSet());
            }
        }
        return new CpuFeatures(model, flags);
    }

    boolean avx2() {
        return flags.contains("avx2");
    }

    boolean avx512() {
        return flags.contains("avx512f");
    }

    static List<CheckResult> check() {
        try {
            return List.of(parse(Files.readString(CPUINFO)).result());
        } catch (IOException e) {
            return List.of(CheckResult.warn("CPU features", CPUINFO + " unreadable: " + e.getMessage(),
                    "not Linux, or /proc is not mounted; AVX support unknown"));
        }
    }

    CheckResult result() {
        String detail = model + "; AVX2 " + (avx2() ? "yes" : "no") + ", AVX-512 " + (avx512() ? "yes" : "no");
        return avx2()
                ? CheckResult.ok("CPU features", detail)
                : CheckResult.warn("CPU features", detail,
                        "no AVX2: ND4J's generic build still runs, but training is much slower than on an AVX2 CPU");
    }
}
