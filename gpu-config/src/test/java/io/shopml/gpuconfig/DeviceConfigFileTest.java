package io.shopml.gpuconfig;

import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeviceConfigFileTest {

    @TempDir
    Path dir;

    @Test
    void read_yamlSetsEveryKey() throws IOException {
        DeviceConfig config = DeviceConfigFile.read(write("device.yaml", """
                device: cuda:1
                nd4jThreads: 6
                torchIntraOpThreads: 4
                torchInterOpThreads: 2
                workspaceMode: none
                maxOffHeap: 8g
                maxPhysical: 512m
                placement:
                  review-sentiment: cuda:0
                  sales-forecaster: cpu
                """));
        assertEquals(new DeviceConfig(Device.cuda(1), 6, 4, 2, WorkspaceMode.NONE, 8L << 30, 512L << 20,
                Map.of("review-sentiment", Device.cuda(0), "sales-forecaster", Device.CPU)), config);
    }

    @Test
    void read_jsonKeepsDefaultsForAbsentKeys() throws IOException {
        DeviceConfig config = DeviceConfigFile.read(write("device.json", "{\"torchInterOpThreads\": 2}"));
        assertEquals(DeviceConfig.defaults().withTorchThreads(DeviceConfig.defaults().torchIntraOpThreads(), 2),
                config);
        assertEquals(DeviceConfig.defaults(), DeviceConfigFile.read(write("empty.yaml", "")));
    }

    @Test
    void read_unknownKeyNamesFileKeyAndKnownKeys() throws IOException {
        Path file = write("typo.yaml", "devise: cuda\n");
        DeviceConfigException e = assertThrows(DeviceConfigException.class, () -> DeviceConfigFile.read(file));
        assertTrue(e.getMessage().startsWith("device config " + file + ": unknown key 'devise'"), e.getMessage());
        assertTrue(e.getMessage().contains("known keys: device, nd4jThreads"), e.getMessage());
    }

    @Test
    void read_badValuesNameTheirKey() throws IOException {
        assertError("nd4jThreads: 0\n", "nd4jThreads must be between 1 and 1024, got 0");
        assertError("nd4jThreads: four\n", "nd4jThreads must be a whole number, got \"four\"");
        assertError("torchIntraOpThreads: 2.5\n", "torchIntraOpThreads must be a whole number, got 2.5");
        assertError("device: tpu\n", "device 'tpu' is not one of cpu, cuda, cuda:N");
        assertError("workspaceMode: SOMETIMES\n", "workspaceMode 'SOMETIMES' is not one of ENABLED, NONE");
        assertError("maxOffHeap: lots\n", "maxOffHeap 'lots' is not a size");
        assertError("placement:\n  review-sentiment: gpu0\n", "placement.review-sentiment: device 'gpu0'");
        assertError("placement: cuda\n", "placement must map model names to devices");
        assertError("- cuda\n", "must be a mapping of keys");
        assertError("device: [cuda\n", "is not valid YAML/JSON");
    }

    @Test
    void read_missingFileSaysSo() {
        Path missing = dir.resolve("missing.yaml");
        DeviceConfigException e = assertThrows(DeviceConfigException.class, () -> DeviceConfigFile.read(missing));
        assertTrue(e.getMessage().startsWith("device config " + missing + " cannot be read"), e.getMessage());
    }

    @Test
    void byteSize_readsBinaryUnits() {
        assertEquals(1024, ByteSize.parse("x", "1k"));
        assertEquals(4L << 30, ByteSize.parse("x", "4GiB"));
        assertEquals(512L << 20, ByteSize.parse("x", "512 MB"));
        assertEquals(100, ByteSize.parse("x", "100"));
        assertEquals("4.0 GiB", ByteSize.format(4L << 30));
        assertThrows(DeviceConfigException.class, () -> ByteSize.parse("x", "99999999999999t"));
    }

    private void assertError(String yaml, String expected) throws IOException {
        Path file = write("bad.yaml", yaml);
        DeviceConfigException e = assertThrows(DeviceConfigException.class, () -> DeviceConfigFile.read(file));
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
