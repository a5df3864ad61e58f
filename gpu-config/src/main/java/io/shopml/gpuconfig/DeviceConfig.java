package io.shopml.gpuconfig;

import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The one device configuration training and serving share: which device, how many threads each
 * backend may use, ND4J's workspace mode and native memory limits, and, for serving, a device per
 * model. Comes from {@link DeviceConfigFile} (YAML or JSON) and CLI flags on top of
 * {@link #defaults()}; every value is validated here, so a bad one fails with its name.
 *
 * <p>The backends read most of these once, when they initialise, so {@link #apply()} must run
 * before the first ND4J array or DJL engine is touched (the CLI does it first thing).
 *
 * <pre>{@code
 * DeviceConfig config = DeviceConfigFile.read(Path.of("device.yaml")).withDevice(Device.parse("cuda:0"));
 * BackendReport report = config.applyAndVerify();   // fails with a hint when cuda is not usable
 * LOG.info(report.summary());
 * }</pre>
 *
 * @param device              where ND4J and the DJL models run unless {@code placement} says otherwise
 * @param nd4jThreads         ND4J/OpenMP and BLAS threads; default: the cores
 * @param torchIntraOpThreads PyTorch threads within one operator; default: the cores
 * @param torchInterOpThreads PyTorch threads running independent operators; default: 1, so the
 *                            two pools together do not exceed the cores
 * @param workspaceMode       DL4J workspace mode for training and inference ({@code ENABLED}
 *                            reuses native memory between iterations; {@code NONE} allocates anew,
 *                            slower, for debugging leaks)
 * @param maxOffHeapBytes     JavaCPP off-heap limit for ND4J ({@code org.bytedeco.javacpp.maxbytes});
 *                            0 = JavaCPP's default (the JVM's max heap)
 * @param maxPhysicalBytes    JavaCPP limit on the process's resident memory
 *                            ({@code org.bytedeco.javacpp.maxphysicalbytes}); 0 = JavaCPP's default
 * @param placement           model name to device, for serving; models not named use {@code device}
 */
public record DeviceConfig(
        Device device,
        int nd4jThreads,
        int torchIntraOpThreads,
        int torchInterOpThreads,
        WorkspaceMode workspaceMode,
        long maxOffHeapBytes,
        long maxPhysicalBytes,
        Map<String, Device> placement) {

    /** Largest thread count accepted for any pool: far above any core count, below typos like 1000000. */
    public static final int MAX_THREADS = 1024;

    private static volatile DeviceConfig applied;

    public DeviceConfig {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(workspaceMode, "workspaceMode");
        requireThreads("nd4jThreads", nd4jThreads);
        requireThreads("torchIntraOpThreads", torchIntraOpThreads);
        requireThreads("torchInterOpThreads", torchInterOpThreads);
        requireNotNegative("maxOffHeapBytes", maxOffHeapBytes);
        requireNotNegative("maxPhysicalBytes", maxPhysicalBytes);
        placement = Map.copyOf(new TreeMap<>(placement));
        placement.keySet().forEach(name -> {
            if (name.isBlank()) {
                throw new DeviceConfigException("placement: a model name is blank");
            }
        });
    }

    /** CPU, every pool sized to the cores this JVM may use, workspaces on, no memory limits. */
    public static DeviceConfig defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new DeviceConfig(Device.CPU, cores, cores, 1, WorkspaceMode.ENABLED, 0, 0, Map.of());
    }

    /** The configuration {@link #apply()} last put in force in this process; {@link #defaults()} before that. */
    public static DeviceConfig current() {
        DeviceConfig config = applied;
        return config != null ? config : defaults();
    }

    public DeviceConfig withDevice(Device newDevice) {
        return new DeviceConfig(newDevice, nd4jThreads, torchIntraOpThreads, torchInterOpThreads, workspaceMode,
                maxOffHeapBytes, maxPhysicalBytes, placement);
    }

    /** Sets both compute pools, ND4J's and PyTorch's intra-op one, to {@code threads}. */
    public DeviceConfig withThreads(int threads) {
        return new DeviceConfig(device, threads, threads, torchInterOpThreads, workspaceMode,
                maxOffHeapBytes, maxPhysicalBytes, placement);
    }

    public DeviceConfig withNd4jThreads(int threads) {
        return new DeviceConfig(device, threads, torchIntraOpThreads, torchInterOpThreads, workspaceMode,
                maxOffHeapBytes, maxPhysicalBytes, placement);
    }

    public DeviceConfig withTorchThreads(int intraOp, int interOp) {
        return new DeviceConfig(device, nd4jThreads, intraOp, interOp, workspaceMode,
                maxOffHeapBytes, maxPhysicalBytes, placement);
    }

    public DeviceConfig withWorkspaceMode(WorkspaceMode mode) {
        return new DeviceConfig(device, nd4jThreads, torchIntraOpThreads, torchInterOpThreads, mode,
                maxOffHeapBytes, maxPhysicalBytes, placement);
    }

    public DeviceConfig withMemoryLimits(long offHeapBytes, long physicalBytes) {
        return new DeviceConfig(device, nd4jThreads, torchIntraOpThreads, torchInterOpThreads, workspaceMode,
                offHeapBytes, physicalBytes, placement);
    }

    public DeviceConfig withPlacement(Map<String, Device> newPlacement) {
        return new DeviceConfig(device, nd4jThreads, torchIntraOpThreads, torchInterOpThreads, workspaceMode,
                maxOffHeapBytes, maxPhysicalBytes, newPlacement);
    }

    /** The device a served model runs on: its placement, else {@link #device()}. */
    public Device deviceFor(String modelName) {
        return placement.getOrDefault(modelName, device);
    }

    /** Whether any model, by default or by placement, wants a CUDA GPU. */
    public boolean wantsCuda() {
        return device.isCuda() || placement.values().stream().anyMatch(Device::isCuda);
    }

    /**
     * Settings that are legal but likely slow on a machine with {@code cores} cores (more threads
     * than cores oversubscribes them: threads then wait for each other). Empty when all is well.
     */
    public List<String> warnings(int cores) {
        List<String> warnings = new ArrayList<>();
        if (nd4jThreads > cores) {
            warnings.add("nd4jThreads " + nd4jThreads + " > " + cores + " cores");
        }
        if (torchIntraOpThreads * torchInterOpThreads > cores) {
            warnings.add("torchIntraOpThreads x torchInterOpThreads = "
                    + torchIntraOpThreads * torchInterOpThreads + " > " + cores + " cores");
        }
        return warnings;
    }

    /**
     * Puts this configuration in force: JavaCPP memory limits and PyTorch thread counts as the
     * system properties the backends read when they initialise, then ND4J's thread limits and
     * GPU (ND4J has no pre-start switch for those). Call it before any model code.
     *
     * @throws DeviceUnavailableException when ND4J's backend cannot start (e.g. the CUDA build on a
     *                                    machine without the CUDA 11.6 runtime)
     */
    public synchronized void apply() {
        BackendSettings.apply(this);
        applied = this;
    }

    /**
     * {@link #apply()}, then detects which backends and devices actually came up and checks them
     * against this configuration.
     *
     * @return what is in use, for the start-up log
     * @throws DeviceUnavailableException naming what to do when a requested device is not usable
     */
    public BackendReport applyAndVerify() {
        apply();
        BackendReport report = BackendReport.detect();
        report.requireUsable(this);
        return report;
    }

    /**
     * Sets this configuration's workspace mode for training and inference on {@code network}
     * (DL4J reads it from the network's configuration on every fit and output).
     */
    public MultiLayerNetwork configure(MultiLayerNetwork network) {
        network.getLayerWiseConfigurations().setTrainingWorkspaceMode(workspaceMode);
        network.getLayerWiseConfigurations().setInferenceWorkspaceMode(workspaceMode);
        return network;
    }

    /** One line for logs: device, threads, workspaces, limits, placement. */
    public String summary() {
        StringBuilder s = new StringBuilder()
                .append("device ").append(device)
                .append(", ND4J threads ").append(nd4jThreads)
                .append(", PyTorch threads ").append(torchIntraOpThreads).append(" intra-op / ")
                .append(torchInterOpThreads).append(" inter-op")
                .append(", workspaces ").append(workspaceMode);
        if (maxOffHeapBytes > 0) {
            s.append(", off-heap limit ").append(ByteSize.format(maxOffHeapBytes));
        }
        if (maxPhysicalBytes > 0) {
            s.append(", physical limit ").append(ByteSize.format(maxPhysicalBytes));
        }
        if (!placement.isEmpty()) {
            s.append(", placement ").append(placement);
        }
        return s.toString();
    }

    private static void requireThreads(String name, int threads) {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new DeviceConfigException(name + " must be between 1 and " + MAX_THREADS + ", got " + threads);
        }
    }

    private static void requireNotNegative(String name, long bytes) {
        if (bytes < 0) {
            throw new DeviceConfigException(name + " must be >= 0 (0 = no limit), got " + bytes);
        }
    }
}
