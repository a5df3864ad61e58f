package io.shopml.gpuconfig;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs on the CPU build without a GPU, as CI does: the cuda request must fail cleanly, with the way out. */
class CudaWithoutGpuTest {

    @Test
    void applyAndVerify_onCpu_reportsTheCpuBackends() {
        BackendReport report = DeviceConfig.defaults().withThreads(1).applyAndVerify();
        assertEquals("cpu", report.build().profile());
        assertTrue(report.nd4j().loaded(), report.nd4j().error());
        assertTrue(report.nd4j().cpu());
        assertEquals("CpuBackend", report.nd4j().backend());
        assertEquals(1, report.nd4j().threads());
        assertTrue(report.djl().loaded(), report.djl().error());
        assertEquals(0, report.djl().gpus());
        assertTrue(report.summary().startsWith("ND4J CpuBackend 1.0.0-M2.1 on CPU"), report.summary());
        assertEquals("1", System.getProperty("ai.djl.pytorch.num_threads"));
    }

    @Test
    void applyAndVerify_cudaOnTheCpuBuild_saysToRebuildWithTheCudaProfile() {
        DeviceConfig cuda = DeviceConfig.defaults().withThreads(1).withDevice(Device.cuda(0));
        DeviceUnavailableException e = assertThrows(DeviceUnavailableException.class, cuda::applyAndVerify);
        assertTrue(e.getMessage().startsWith("--device cuda:0: this shopml was built with profile cpu"),
                e.getMessage());
        assertTrue(e.getMessage().contains("-Pcuda"), e.getMessage());
        assertTrue(e.getMessage().contains("--device cpu"), e.getMessage());
    }

    @Test
    void requireUsable_cudaBuildWithoutGpus_saysNoGpuIsVisible() {
        BuildProfile cudaBuild = new BuildProfile("cuda", "nd4j-cuda-11.6", "1.0.0-M2.1", "0.33.0", "2.5.1", "cu124");
        BackendReport report = new BackendReport(cudaBuild,
                new BackendReport.Nd4jStatus(true, "JCublasBackend", false, 1, "1.0.0-M2.1", "CUBLAS", 1, "/c", null),
                new BackendReport.DjlStatus(true, "0.33.0", "2.5.1", "cpu()", 0, "/d", null));
        DeviceConfig onSecondGpu = DeviceConfig.defaults().withDevice(Device.cuda(1));
        DeviceUnavailableException e = assertThrows(DeviceUnavailableException.class,
                () -> report.requireUsable(onSecondGpu));
        assertEquals("--device cuda:1: ND4J (JCublasBackend) sees only 1 GPU(s), cuda:0 to cuda:0; check the "
                + "NVIDIA driver (nvidia-smi) and the CUDA runtime, or use --device cpu; `shopml doctor` shows "
                + "what is missing", e.getMessage());
        DeviceUnavailableException placed = assertThrows(DeviceUnavailableException.class,
                () -> report.requireUsable(DeviceConfig.defaults().withPlacement(Map.of("m", Device.cuda(2)))));
        assertTrue(placed.getMessage().startsWith("placement of m on cuda:2"), placed.getMessage());
    }

    @Test
    void buildProfile_recordsTheCpuProfileOfThisBuild() {
        BuildProfile build = BuildProfile.current();
        assertFalse(build.isCuda());
        assertEquals("nd4j-native", build.nd4jBackend());
        assertEquals("cpu", build.pytorchFlavor());
    }

    @Test
    void modelPlacement_onTheCpuBuild_putsDjlModelsOnTheCpu_andRefusesAGpuPlacementNamingTheModel() {
        DeviceConfig config = DeviceConfig.defaults().withThreads(1)
                .withPlacement(Map.of("product-recognizer", Device.cuda(0), "review-sentiment", Device.CPU));

        assertEquals(ai.djl.Device.cpu(), ModelPlacement.djlDevice(config, "review-sentiment"));
        assertEquals(ai.djl.Device.cpu(), ModelPlacement.djlDevice(config, "not-placed"));
        DeviceUnavailableException e = assertThrows(DeviceUnavailableException.class,
                () -> ModelPlacement.djlDevice(config, "product-recognizer"));
        assertTrue(e.getMessage().startsWith("model 'product-recognizer' is placed on cuda:0, but PyTorch sees no GPU"),
                e.getMessage());
    }

    @Test
    void modelPlacement_ofADl4jModel_mustBeWhereNd4jRuns() {
        DeviceConfig config = DeviceConfig.defaults().withThreads(1)
                .withPlacement(Map.of("sales-forecaster", Device.cuda(1), "recommender", Device.CPU));

        ModelPlacement.requireNd4jDevice(config, "recommender");
        ModelPlacement.requireNd4jDevice(config, "not-placed");
        DeviceUnavailableException e = assertThrows(DeviceUnavailableException.class,
                () -> ModelPlacement.requireNd4jDevice(config, "sales-forecaster"));
        assertTrue(e.getMessage().startsWith("model 'sales-forecaster' is placed on cuda:1, but DL4J models run on "
                + "ND4J's backend, which is the CPU in this process"), e.getMessage());
    }
}
