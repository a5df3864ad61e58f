package io.shopml.gpuconfig;

import ai.djl.engine.Engine;
import ai.djl.util.Utils;
import org.bytedeco.javacpp.Loader;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Which ND4J backend and DJL engine actually loaded in this process, on which devices, with which
 * native libraries: the truth behind {@link BuildProfile}, logged by training and serving at
 * start-up and shown by {@code shopml doctor}. Detecting starts both backends.
 *
 * <pre>{@code
 * BackendReport report = BackendReport.detect();
 * LOG.info(report.summary());   // ND4J CpuBackend 1.0.0-M2.1 on CPU (OPENBLAS, 2 threads); DJL 0.36.0 PyTorch 2.7.1 on cpu(), 0 GPUs
 * }</pre>
 *
 * @param build the profile this shopml was built with
 * @param nd4j  ND4J's backend, or why it did not load
 * @param djl   DJL's PyTorch engine, or why it did not load
 */
public record BackendReport(BuildProfile build, Nd4jStatus nd4j, DjlStatus djl) {

    /**
     * ND4J's backend.
     *
     * @param loaded     whether it started; when false only {@code error} is meaningful
     * @param backend    backend class, e.g. {@code CpuBackend} or {@code JCublasBackend}
     * @param cpu        whether it computes on the CPU
     * @param devices    devices it sees (1 for the CPU backend, GPUs for CUDA)
     * @param version    ND4J version
     * @param blasVendor BLAS library, e.g. {@code OPENBLAS} or {@code CUBLAS}
     * @param threads    ND4J's thread limit now in force
     * @param nativeDir  where JavaCPP unpacked the native libraries
     * @param error      why it did not load, or null
     */
    public record Nd4jStatus(boolean loaded, String backend, boolean cpu, int devices, String version,
                             String blasVendor, int threads, String nativeDir, String error) {

        static Nd4jStatus failed(String error) {
            return new Nd4jStatus(false, "none", true, 0, "", "", 0, "", error);
        }

        /** GPUs ND4J can use (0 on the CPU backend). */
        public int gpus() {
            return loaded && !cpu ? devices : 0;
        }
    }

    /**
     * DJL's PyTorch engine.
     *
     * @param loaded         whether it started; when false only {@code error} is meaningful
     * @param djlVersion     DJL version
     * @param pytorchVersion PyTorch version of the native library
     * @param defaultDevice  DJL's default device, e.g. {@code cpu()} or {@code gpu(0)}
     * @param gpus           GPUs PyTorch sees
     * @param nativeDir      DJL's engine cache, where the PyTorch libraries are unpacked
     * @param error          why it did not load, or null
     */
    public record DjlStatus(boolean loaded, String djlVersion, String pytorchVersion, String defaultDevice,
                            int gpus, String nativeDir, String error) {

        static DjlStatus failed(String error) {
            return new DjlStatus(false, "", "", "", 0, "", error);
        }
    }

    /** Starts ND4J and DJL's PyTorch engine (if not yet started) and records what came up. */
    public static BackendReport detect() {
        return new BackendReport(BuildProfile.current(), detectNd4j(), detectDjl());
    }

    private static Nd4jStatus detectNd4j() {
        try {
            Properties info = Nd4j.getExecutioner().getEnvironmentInformation();
            return new Nd4jStatus(true, Nd4j.getBackend().getClass().getSimpleName(),
                    Nd4j.getEnvironment().isCPU(), Nd4j.getAffinityManager().getNumberOfDevices(), nd4jVersion(),
                    String.valueOf(info.getOrDefault("blas.vendor", "unknown")),
                    Nd4j.getEnvironment().maxThreads(), Loader.getCacheDir().getAbsolutePath(), null);
        } catch (RuntimeException | LinkageError | IOException e) {
            return Nd4jStatus.failed(BackendSettings.rootMessage(e));
        }
    }

    private static DjlStatus detectDjl() {
        try {
            Engine engine = Engine.getEngine("PyTorch");
            return new DjlStatus(true, Engine.getDjlVersion(), engine.getVersion(),
                    engine.defaultDevice().toString(), engine.getGpuCount(),
                    Utils.getEngineCacheDir("pytorch").toAbsolutePath().toString(), null);
        } catch (RuntimeException | LinkageError e) {
            return DjlStatus.failed(BackendSettings.rootMessage(e));
        }
    }

    private static String nd4jVersion() {
        try (InputStream in = Nd4j.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.nd4j/nd4j-api/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * Checks that every device {@code config} asks for is usable: ND4J's backend started, and for
     * {@code cuda:N} both backends (or, for a per-model placement, at least one) see GPU N.
     *
     * @throws DeviceUnavailableException saying what to do
     */
    public void requireUsable(DeviceConfig config) {
        if (!nd4j.loaded()) {
            throw new DeviceUnavailableException("ND4J's backend (" + build.nd4jBackend() + ") did not start: "
                    + nd4j.error() + "; run `shopml doctor` to see what is missing");
        }
        Device device = config.device();
        if (device.isCuda()) {
            requireGpu("--device " + device, device, nd4j.gpus(), "ND4J (" + nd4j.backend() + ")");
            requireGpu("--device " + device, device, djl.gpus(), "PyTorch (DJL " + build.pytorchFlavor() + ")");
        }
        config.placement().forEach((model, placed) -> {
            if (placed.isCuda()) {
                requireGpu("placement of " + model + " on " + placed, placed,
                        Math.max(nd4j.gpus(), djl.gpus()), "neither ND4J nor PyTorch");
            }
        });
    }

    private void requireGpu(String what, Device device, int gpus, String backend) {
        if (device.index() < gpus) {
            return;
        }
        if (!build.isCuda()) {
            throw new DeviceUnavailableException(what + ": this shopml was built with profile " + build.summary()
                    + "; rebuild with the CUDA backends (./mvnw -Pcuda -DskipTests package -pl cli -am) on a "
                    + "machine with an NVIDIA GPU, or use --device cpu; `shopml doctor` lists what is installed");
        }
        String seen = gpus == 0 ? "sees no GPU" : "sees only " + gpus + " GPU(s), cuda:0 to cuda:" + (gpus - 1);
        throw new DeviceUnavailableException(what + ": " + backend + " " + seen
                + "; check the NVIDIA driver (nvidia-smi) and the CUDA runtime, or use --device cpu; "
                + "`shopml doctor` shows what is missing");
    }

    /** One line for the start-up log. */
    public String summary() {
        String nd4jPart = nd4j.loaded()
                ? String.format("ND4J %s %s on %s (%s, %d threads)", nd4j.backend(), nd4j.version(),
                        nd4j.cpu() ? "CPU" : nd4j.devices() + " GPU(s)", nd4j.blasVendor(), nd4j.threads())
                : "ND4J not loaded: " + nd4j.error();
        String djlPart = djl.loaded()
                ? String.format("DJL %s PyTorch %s on %s, %d GPU(s)", djl.djlVersion(), djl.pytorchVersion(),
                        djl.defaultDevice(), djl.gpus())
                : "DJL PyTorch not loaded: " + djl.error();
        return nd4jPart + "; " + djlPart + "; build profile " + build.profile();
    }
}
