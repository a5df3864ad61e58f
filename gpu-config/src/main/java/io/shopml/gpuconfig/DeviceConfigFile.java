package io.shopml.gpuconfig;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.deeplearning4j.nn.conf.WorkspaceMode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@link DeviceConfig} from a YAML or JSON file (one parser: JSON is YAML). Every key is
 * optional; absent keys keep the value of the configuration it starts from. Unknown keys and bad
 * values are errors naming the file and the key, so a typo never silently falls back to a default.
 *
 * <pre>{@code
 * # device.yaml
 * device: cuda:0               # cpu | cuda | cuda:N
 * nd4jThreads: 8               # ND4J/OpenMP + BLAS threads (default: the cores)
 * torchIntraOpThreads: 8       # PyTorch threads per operator (default: the cores)
 * torchInterOpThreads: 1       # PyTorch threads across operators (default: 1)
 * workspaceMode: ENABLED       # DL4J workspaces: ENABLED | NONE
 * maxOffHeap: 8g               # JavaCPP off-heap limit for ND4J (default: none)
 * maxPhysical: 24g             # JavaCPP limit on resident memory (default: none)
 * placement:                   # serving: model name -> device
 *   product-recognizer: cuda:0
 *   sales-forecaster: cpu
 * }</pre>
 */
public final class DeviceConfigFile {

    static final List<String> KEYS = List.of("device", "nd4jThreads", "torchIntraOpThreads",
            "torchInterOpThreads", "workspaceMode", "maxOffHeap", "maxPhysical", "placement");

    private static final ObjectMapper YAML = new YAMLMapper();

    private DeviceConfigFile() {
    }

    /** Reads {@code file} on top of {@link DeviceConfig#defaults()}. */
    public static DeviceConfig read(Path file) {
        return read(file, DeviceConfig.defaults());
    }

    /**
     * Reads {@code file} on top of {@code base}.
     *
     * @throws DeviceConfigException naming the file and the offending key, or why it is unreadable
     */
    public static DeviceConfig read(Path file, DeviceConfig base) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (JacksonException e) {
            throw new DeviceConfigException("device config " + file + " is not valid YAML/JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DeviceConfigException("device config " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return base;
        }
        if (!root.isObject()) {
            throw new DeviceConfigException("device config " + file + " must be a mapping of keys "
                    + KEYS + ", got a " + root.getNodeType().toString().toLowerCase(Locale.ROOT));
        }
        try {
            return parse(root, base);
        } catch (DeviceConfigException e) {
            throw new DeviceConfigException("device config " + file + ": " + e.getMessage(), e);
        }
    }

    static DeviceConfig parse(JsonNode root, DeviceConfig base) {
        root.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                throw new DeviceConfigException("unknown key '" + key + "'; known keys: " + String.join(", ", KEYS));
            }
        });
        DeviceConfig c = base;
        if (root.has("device")) {
            c = c.withDevice(Device.parse(text(root, "device")));
        }
        if (root.has("nd4jThreads")) {
            c = c.withNd4jThreads(integer(root, "nd4jThreads"));
        }
        int intra = root.has("torchIntraOpThreads") ? integer(root, "torchIntraOpThreads") : c.torchIntraOpThreads();
        int inter = root.has("torchInterOpThreads") ? integer(root, "torchInterOpThreads") : c.torchInterOpThreads();
        c = c.withTorchThreads(intra, inter);
        if (root.has("workspaceMode")) {
            c = c.withWorkspaceMode(workspaceMode("workspaceMode", text(root, "workspaceMode")));
        }
        long offHeap = root.has("maxOffHeap") ? ByteSize.parse("maxOffHeap", text(root, "maxOffHeap"))
                : c.maxOffHeapBytes();
        long physical = root.has("maxPhysical") ? ByteSize.parse("maxPhysical", text(root, "maxPhysical"))
                : c.maxPhysicalBytes();
        c = c.withMemoryLimits(offHeap, physical);
        if (root.has("placement")) {
            c = c.withPlacement(placement(root.get("placement")));
        }
        return c;
    }

    /**
     * {@code ENABLED} or {@code NONE}, case-insensitive.
     *
     * @param setting the setting's name, for the error message
     */
    public static WorkspaceMode workspaceMode(String setting, String value) {
        return Arrays.stream(WorkspaceMode.values())
                .filter(mode -> mode != WorkspaceMode.SINGLE && mode != WorkspaceMode.SEPARATE)
                .filter(mode -> mode.name().equalsIgnoreCase(value.trim()))
                .findFirst()
                .orElseThrow(() -> new DeviceConfigException(setting + " '" + value + "' is not one of ENABLED, NONE"));
    }

    private static Map<String, Device> placement(JsonNode node) {
        if (!node.isObject()) {
            throw new DeviceConfigException("placement must map model names to devices, e.g. "
                    + "{\"review-sentiment\": \"cuda:0\"}");
        }
        Map<String, Device> placement = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual()) {
                throw new DeviceConfigException("placement." + e.getKey() + " must be a device (cpu, cuda, cuda:N)");
            }
            try {
                placement.put(e.getKey(), Device.parse(e.getValue().asText()));
            } catch (DeviceConfigException bad) {
                throw new DeviceConfigException("placement." + e.getKey() + ": " + bad.getMessage());
            }
        });
        return placement;
    }

    private static String text(JsonNode root, String key) {
        JsonNode value = root.get(key);
        if (!value.isValueNode() || value.isNull()) {
            throw new DeviceConfigException(key + " must be a single value, got " + value);
        }
        return value.asText();
    }

    private static int integer(JsonNode root, String key) {
        JsonNode value = root.get(key);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new DeviceConfigException(key + " must be a whole number, got " + value);
        }
        return value.intValue();
    }
}
