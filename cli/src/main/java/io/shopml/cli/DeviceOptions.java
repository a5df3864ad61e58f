package io.shopml.cli;

import io.shopml.gpuconfig.BackendReport;
import io.shopml.gpuconfig.Device;
import io.shopml.gpuconfig.DeviceConfig;
import io.shopml.gpuconfig.DeviceConfigFile;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The device flags every command that runs a model shares ({@code train}, {@code serve},
 * {@code doctor}): flags override {@code --device-config FILE}, which overrides the defaults.
 */
final class DeviceOptions {

    @Option(names = "--device", paramLabel = "DEVICE",
            description = "cpu, cuda or cuda:N (default: the device config's, else cpu). cuda needs the -Pcuda build.")
    String device;

    @Option(names = "--threads", paramLabel = "N",
            description = "Compute threads for ND4J and PyTorch intra-op (default: the cores).")
    Integer threads;

    @Option(names = "--interop-threads", paramLabel = "N",
            description = "PyTorch inter-op threads (default: 1).")
    Integer interopThreads;

    @Option(names = "--workspace-mode", paramLabel = "MODE",
            description = "DL4J workspaces: ENABLED or NONE (default: ENABLED).")
    String workspaceMode;

    @Option(names = "--device-config", paramLabel = "FILE",
            description = "YAML/JSON device settings: threads, memory limits, per-model placement (README: Running on a GPU).")
    Path file;

    /** The configuration these flags describe. */
    DeviceConfig config() {
        DeviceConfig config = file != null ? DeviceConfigFile.read(file) : DeviceConfig.defaults();
        if (device != null) {
            config = config.withDevice(Device.parse(device));
        }
        if (threads != null) {
            config = config.withThreads(threads);
        }
        if (interopThreads != null) {
            config = config.withTorchThreads(config.torchIntraOpThreads(), interopThreads);
        }
        if (workspaceMode != null) {
            config = config.withWorkspaceMode(DeviceConfigFile.workspaceMode("--workspace-mode", workspaceMode));
        }
        return config;
    }

    /**
     * Puts the configuration in force, checks the device is usable and prints which backends and
     * devices are in use; call before any model code.
     */
    DeviceConfig start(PrintStream out) {
        DeviceConfig config = config();
        BackendReport report = config.applyAndVerify();
        out.println("device: " + config.summary());
        out.println("backends: " + report.summary());
        return config;
    }
}
