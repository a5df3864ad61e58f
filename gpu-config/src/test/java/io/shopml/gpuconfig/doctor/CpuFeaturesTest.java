package io.shopml.gpuconfig.doctor;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CpuFeaturesTest {

    @Test
    void parse_realCpuinfo_findsAvx2AndAvx512() throws IOException {
        CpuFeatures cpu = CpuFeatures.parse(NvidiaSmiTest.fixture("sapphire-rapids-cpuinfo.txt"));
        assertEquals("Intel(R) Xeon(R) Processor", cpu.model());
        assertTrue(cpu.avx2());
        assertTrue(cpu.avx512());
        assertEquals(CheckResult.ok("CPU features", "Intel(R) Xeon(R) Processor; AVX2 yes, AVX-512 yes"),
                cpu.result());
    }

    @Test
    void result_withoutAvx2_warns() {
        CpuFeatures old = CpuFeatures.parse("processor\t: 0\nmodel name\t: Old CPU\nflags\t\t: fpu sse sse2 avx\n\n"
                + "processor\t: 1\nflags\t\t: fpu sse sse2 avx avx2\n");
        assertFalse(old.avx2());
        assertEquals(CheckStatus.WARN, old.result().status());
    }
}
