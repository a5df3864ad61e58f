package io.shopml.gpuconfig;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeviceTest {

    @Test
    void parse_acceptsCpuCudaAndIndexedCuda() {
        assertEquals(Device.CPU, Device.parse("cpu"));
        assertEquals(Device.cuda(0), Device.parse("cuda"));
        assertEquals(Device.cuda(3), Device.parse(" CUDA:3 "));
        assertEquals("cuda:3", Device.parse("cuda:3").toString());
        assertFalse(Device.parse("cpu").isCuda());
        assertTrue(Device.parse("cuda:1").isCuda());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpu", "cuda:", "cuda:-1", "cuda:x", "cpu:0", ""})
    void parse_rejectsOtherSpellingsNamingTheValue(String text) {
        DeviceConfigException e = assertThrows(DeviceConfigException.class, () -> Device.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("cpu, cuda, cuda:N"), e.getMessage());
    }
}
