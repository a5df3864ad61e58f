package io.shopml.gpuconfig.doctor;

import io.shopml.gpuconfig.Device;
import io.shopml.gpuconfig.DeviceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real doctor on this (CPU-only) machine: real /proc, real backends, real bundled data. */
class DoctorOnCpuTest {

    @TempDir
    Path dir;

    @Test
    void standard_onCpu_reportsTheCpuBackendsAndPasses() {
        List<CheckResult> results = Doctor.standard(DeviceConfig.defaults().withThreads(1), Optional.empty()).run();
        assertEquals(0, Doctor.exitCode(results), render(results));
        assertTrue(find(results, "ND4J backend").detail().startsWith("CpuBackend 1.0.0-M2.1 on CPU"), render(results));
        assertTrue(find(results, "DJL engine").detail().startsWith("PyTorch "), render(results));
        assertTrue(find(results, "Build profile").detail().startsWith("cpu (nd4j-native"), render(results));
        assertEquals(CheckStatus.OK, find(results, "Bundled data").status(), render(results));
        assertEquals(CheckStatus.OK, find(results, "Device").status(), render(results));
    }

    @Test
    void standard_cudaWithoutGpu_failsWithExitCode1() {
        DeviceConfig cuda = DeviceConfig.defaults().withThreads(1).withDevice(Device.cuda(0));
        List<CheckResult> results = Doctor.standard(cuda, Optional.of(dir.resolve("no-repo"))).run();
        assertEquals(1, Doctor.exitCode(results));
        CheckResult device = find(results, "Device");
        assertEquals(CheckStatus.FAIL, device.status());
        assertTrue(device.hint().contains("-Pcuda"), device.hint());
        assertEquals(CheckStatus.FAIL, find(results, "Model repository").status());
        String text = render(results);
        assertTrue(text.contains("FAIL  Device"), text);
        assertTrue(text.contains("-> --device cuda:0"), text);
    }

    @Test
    void run_aCheckThatThrows_becomesAFailAndTheOthersStillRun() {
        Doctor doctor = new Doctor(List.of(() -> {
            throw new IllegalStateException("boom");
        }, () -> List.of(CheckResult.ok("after", "ran"))));
        List<CheckResult> results = doctor.run();
        assertEquals(CheckStatus.FAIL, results.get(0).status());
        assertEquals("after", results.get(1).name());
    }

    private static CheckResult find(List<CheckResult> results, String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check named " + name + " in\n" + render(results)));
    }

    private static String render(List<CheckResult> results) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Doctor.print(results, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
