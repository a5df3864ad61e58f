package io.shopml.gpuconfig;

import ai.djl.engine.Engine;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Where a served model runs, from {@link DeviceConfig#deviceFor}: DJL models (sentiment, product)
 * load onto their placed device; DL4J models (forecaster, recommender) run on ND4J's backend,
 * which is one per process, so their placement can only confirm that backend's device. Either
 * way a placement that cannot be honoured fails the model's load with a reason that says what to
 * change, and the server keeps serving what it had.
 *
 * <pre>{@code
 * ai.djl.Device device = ModelPlacement.djlDevice(DeviceConfig.current(), "product-recognizer");
 * ModelPlacement.requireNd4jDevice(DeviceConfig.current(), "sales-forecaster");
 * }</pre>
 */
public final class ModelPlacement {

    private ModelPlacement() {
    }

    /**
     * The DJL device for model {@code model}.
     *
     * @throws DeviceUnavailableException when it is placed on a GPU that PyTorch does not see
     */
    public static ai.djl.Device djlDevice(DeviceConfig config, String model) {
        Device placed = config.deviceFor(model);
        if (!placed.isCuda()) {
            return ai.djl.Device.cpu();
        }
        int gpus = Engine.getEngine("PyTorch").getGpuCount();
        if (placed.index() >= gpus) {
            throw new DeviceUnavailableException("model '" + model + "' is placed on " + placed + ", but PyTorch "
                    + (gpus == 0 ? "sees no GPU" : "sees only " + gpus + " GPU(s)") + " in this "
                    + BuildProfile.current().summary() + " build; change its placement or the device, or run the "
                    + "CUDA build on a GPU machine (`shopml doctor` shows what is installed)");
        }
        return ai.djl.Device.gpu(placed.index());
    }

    /**
     * Checks that a DL4J model placed on {@code config.deviceFor(model)} can run there: ND4J runs
     * every DL4J model of the process on its one backend, so the placement must be that backend's
     * device ({@code cpu} on the CPU backend, the process device on the CUDA backend).
     *
     * @throws DeviceUnavailableException naming the model, its placement and what ND4J runs on
     */
    public static void requireNd4jDevice(DeviceConfig config, String model) {
        Device placed = config.deviceFor(model);
        boolean nd4jOnCpu = Nd4j.getEnvironment().isCPU();
        if (placed.isCuda() && nd4jOnCpu) {
            throw new DeviceUnavailableException("model '" + model + "' is placed on " + placed + ", but DL4J models "
                    + "run on ND4J's backend, which is the CPU in this process; place it on cpu, or run the CUDA "
                    + "build (./mvnw -Pcuda) with --device " + placed);
        }
        if (!placed.isCuda() && !nd4jOnCpu) {
            throw new DeviceUnavailableException("model '" + model + "' is placed on cpu, but ND4J's backend in this "
                    + "process is CUDA and runs every DL4J model on " + config.device() + "; DL4J models cannot be "
                    + "placed apart from it: remove the placement or run the CPU build");
        }
        if (placed.isCuda() && !placed.equals(config.device())) {
            throw new DeviceUnavailableException("model '" + model + "' is placed on " + placed + ", but ND4J runs "
                    + "every DL4J model of this process on " + config.device() + "; place it there or change --device");
        }
    }
}
