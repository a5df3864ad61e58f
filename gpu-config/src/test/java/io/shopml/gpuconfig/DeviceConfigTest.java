package io.shopml.gpuconfig;

import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeviceConfigTest {

    @Test
    void defaults_useTheCoresOnceAndDoNotOversubscribe() {
        int cores = Runtime.getRuntime().availableProcessors();
        DeviceConfig defaults = DeviceConfig.defaults();
        assertEquals(Device.CPU, defaults.device());
        assertEquals(cores, defaults.nd4jThreads());
        assertEquals(cores, defaults.torchIntraOpThreads());
        assertEquals(1, defaults.torchInterOpThreads());
        assertEquals(WorkspaceMode.ENABLED, defaults.workspaceMode());
        assertTrue(defaults.warnings(cores).isEmpty(), defaults.warnings(cores).toString());
    }

    @Test
    void warnings_nameEveryOversubscribedPool() {
        DeviceConfig config = DeviceConfig.defaults().withThreads(8).withTorchThreads(4, 2);
        assertEquals(2, config.warnings(4).size(), config.warnings(4).toString());
        assertTrue(config.warnings(4).get(0).contains("nd4jThreads 8 > 4 cores"));
    }

    @Test
    void threads_outOfRangeAreRefusedWithTheirName() {
        DeviceConfigException zero = assertThrows(DeviceConfigException.class,
                () -> DeviceConfig.defaults().withThreads(0));
        assertEquals("nd4jThreads must be between 1 and 1024, got 0", zero.getMessage());
        DeviceConfigException huge = assertThrows(DeviceConfigException.class,
                () -> DeviceConfig.defaults().withTorchThreads(2, 5000));
        assertTrue(huge.getMessage().startsWith("torchInterOpThreads"), huge.getMessage());
    }

    @Test
    void deviceFor_usesPlacementThenTheDefault() {
        DeviceConfig config = DeviceConfig.defaults().withPlacement(Map.of("review-sentiment", Device.cuda(1)));
        assertEquals(Device.cuda(1), config.deviceFor("review-sentiment"));
        assertEquals(Device.CPU, config.deviceFor("sales-forecaster"));
        assertTrue(config.wantsCuda());
        assertFalse(DeviceConfig.defaults().wantsCuda());
    }

    @Test
    void summary_namesDeviceThreadsAndLimits() {
        String summary = DeviceConfig.defaults().withDevice(Device.cuda(0)).withThreads(3)
                .withMemoryLimits(4L << 30, 0).summary();
        assertTrue(summary.startsWith("device cuda:0, ND4J threads 3, PyTorch threads 3 intra-op / 1 inter-op"),
                summary);
        assertTrue(summary.contains("off-heap limit 4.0 GiB"), summary);
    }
}
