package io.shopml.gpuconfig;

import ai.djl.engine.Engine;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Hands a {@link DeviceConfig} to the backends, each the way it listens: JavaCPP and DJL's PyTorch
 * engine read system properties once, when they load; ND4J takes thread limits and the GPU through
 * its API once it runs (OpenMP's {@code OMP_NUM_THREADS} is an environment variable, which a running
 * JVM cannot set, so ND4J's own limit is used instead).
 */
final class BackendSettings {

    static final String JAVACPP_MAX_BYTES = "org.bytedeco.javacpp.maxbytes";
    static final String JAVACPP_MAX_PHYSICAL_BYTES = "org.bytedeco.javacpp.maxphysicalbytes";
    static final String TORCH_THREADS = "ai.djl.pytorch.num_threads";
    static final String TORCH_INTEROP_THREADS = "ai.djl.pytorch.num_interop_threads";

    private BackendSettings() {
    }

    static void apply(DeviceConfig config) {
        if (config.maxOffHeapBytes() > 0) {
            System.setProperty(JAVACPP_MAX_BYTES, Long.toString(config.maxOffHeapBytes()));
        }
        if (config.maxPhysicalBytes() > 0) {
            System.setProperty(JAVACPP_MAX_PHYSICAL_BYTES, Long.toString(config.maxPhysicalBytes()));
        }
        System.setProperty(TORCH_THREADS, Integer.toString(config.torchIntraOpThreads()));
        System.setProperty(TORCH_INTEROP_THREADS, Integer.toString(config.torchInterOpThreads()));
        loadTorchBeforeNd4j();
        applyToNd4j(config);
    }

    /**
     * Loads PyTorch's native library before ND4J's. ND4J brings its own OpenBLAS; when it loads
     * first, libtorch's BLAS calls bind to it and DJL training computes other numbers and, within a
     * few steps, NaN (product ResNet, batch 128: NaN in 3 of 3 runs with ND4J first, 4 of 4 runs
     * identical to a PyTorch-only process with PyTorch first). A PyTorch that cannot load is left
     * for {@link BackendReport#detect} to report.
     */
    private static void loadTorchBeforeNd4j() {
        try {
            Engine.getEngine("PyTorch");
        } catch (RuntimeException | LinkageError e) {
            // BackendReport.detect() names the failure; ND4J-only commands still run.
        }
    }

    private static void applyToNd4j(DeviceConfig config) {
        try {
            Nd4j.getEnvironment().setMaxThreads(config.nd4jThreads());
            Nd4j.getEnvironment().setMaxMasterThreads(config.nd4jThreads());
            Nd4j.factory().blas().setMaxThreads(config.nd4jThreads());
            if (config.device().isCuda() && !Nd4j.getEnvironment().isCPU()) {
                // Binds the calling thread (the one that trains or loads models) to the GPU.
                Nd4j.getAffinityManager().unsafeSetDevice(config.device().index());
            }
        } catch (RuntimeException | LinkageError e) {
            throw new DeviceUnavailableException("ND4J's backend (" + BuildProfile.current().nd4jBackend()
                    + ") did not start: " + rootMessage(e) + "; run `shopml doctor` to see what is missing");
        }
    }

    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}
