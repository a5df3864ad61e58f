package io.shopml.gpuconfig.doctor;

import io.shopml.gpuconfig.BuildProfile;
import io.shopml.gpuconfig.Device;
import io.shopml.gpuconfig.DeviceConfig;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** nvidia-smi output captured on a real H100 machine (fixtures: PROVENANCE.md beside them). */
class NvidiaSmiTest {

    private static final BuildProfile CPU_BUILD =
            new BuildProfile("cpu", "nd4j-native", "1.0.0-M2.1", "0.36.0", "2.7.1", "cpu");
    private static final BuildProfile CUDA_BUILD =
            new BuildProfile("cuda", "nd4j-cuda-11.6", "1.0.0-M2.1", "0.33.0", "2.5.1", "cu124");

    @Test
    void parse_h100Output() throws IOException {
        NvidiaSmi smi = h100();
        assertEquals(List.of(new NvidiaSmi.Gpu(0, "NVIDIA H100 80GB HBM3", "580.159.04", 81559)), smi.gpus());
        assertEquals("13.0", smi.cudaVersion());
    }

    @Test
    void gpuCheck_h100OnTheCudaBuild_isAllOk() throws IOException {
        List<CheckResult> results = GpuCheck.check(h100(), DeviceConfig.defaults().withDevice(Device.cuda(0)),
                CUDA_BUILD);
        assertEquals(List.of(CheckResult.ok("GPU 0", "NVIDIA H100 80GB HBM3, 81559 MiB"),
                CheckResult.ok("CUDA driver", "driver 580.159.04, supports CUDA up to 13.0")), results);
    }

    @Test
    void gpuCheck_h100OnTheCpuBuild_warnsHowToUseIt() throws IOException {
        List<CheckResult> results = GpuCheck.check(h100(), DeviceConfig.defaults(), CPU_BUILD);
        CheckResult last = results.get(results.size() - 1);
        assertEquals(CheckStatus.WARN, last.status());
        assertTrue(last.hint().contains("-Pcuda"), last.hint());
    }

    @Test
    void gpuCheck_indexBeyondTheGpus_fails() throws IOException {
        DeviceConfig placed = DeviceConfig.defaults().withPlacement(Map.of("product-recognizer", Device.cuda(2)));
        List<CheckResult> results = GpuCheck.check(h100(), placed, CUDA_BUILD);
        assertTrue(results.contains(CheckResult.fail("GPU index", "cuda:2 configured, 1 GPU(s) present",
                "use cuda:0 to cuda:0")), results.toString());
    }

    @Test
    void gpuCheck_oldDriverOnTheCudaBuild_fails() {
        NvidiaSmi old = new NvidiaSmi(true, List.of(new NvidiaSmi.Gpu(0, "Tesla T4", "470.82.01", 15109)), "11.4", "");
        CheckResult driver = GpuCheck.check(old, DeviceConfig.defaults(), CUDA_BUILD).get(1);
        assertEquals(CheckStatus.FAIL, driver.status());
        assertTrue(driver.hint().contains("CUDA 12.x"), driver.hint());
    }

    @Test
    void gpuCheck_noDriver_isOkOnCpuAndFailsForCuda() {
        NvidiaSmi none = NvidiaSmi.absent("nvidia-smi not found on the PATH");
        assertEquals(CheckStatus.OK, GpuCheck.check(none, DeviceConfig.defaults(), CPU_BUILD).get(0).status());
        CheckResult cuda = GpuCheck.check(none, DeviceConfig.defaults().withDevice(Device.cuda(0)), CPU_BUILD).get(0);
        assertEquals(CheckStatus.FAIL, cuda.status());
        assertTrue(cuda.detail().contains("nvidia-smi not found"), cuda.detail());
    }

    private static NvidiaSmi h100() throws IOException {
        return new NvidiaSmi(true, NvidiaSmi.parseQuery(fixture("h100-query.csv")),
                NvidiaSmi.parseCudaVersion(fixture("h100-nvidia-smi.txt")).orElseThrow(), "");
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = NvidiaSmiTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
