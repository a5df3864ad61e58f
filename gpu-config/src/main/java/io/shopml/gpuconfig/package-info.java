/**
 * Runtime device settings shared by training and serving, and what the backends actually use.
 * {@link io.shopml.gpuconfig.DeviceConfig} (device {@code cpu|cuda|cuda:N}, ND4J and PyTorch
 * threads, DL4J workspace mode, JavaCPP memory limits, per-model placement) comes from
 * {@link io.shopml.gpuconfig.DeviceConfigFile} and flags; {@code apply()} hands it to the backends
 * before they start, and {@link io.shopml.gpuconfig.BackendReport} says which ND4J backend and DJL
 * engine came up, on which device. Which backends are on the class path at all is decided at build
 * time by the Maven profile ({@code cpu} default, {@code -Pcuda}), recorded in
 * {@link io.shopml.gpuconfig.BuildProfile}.
 *
 * <pre>{@code
 * DeviceConfig config = DeviceConfigFile.read(Path.of("device.yaml"))   // or DeviceConfig.defaults()
 *         .withDevice(Device.parse("cuda:0"))
 *         .withThreads(8);
 * BackendReport report = config.applyAndVerify();   // DeviceUnavailableException with a hint if cuda is not usable
 * LOG.info("{}; {}", config.summary(), report.summary());
 * config.configure(network);                         // DL4J workspace mode on a MultiLayerNetwork
 * }</pre>
 */
package io.shopml.gpuconfig;
