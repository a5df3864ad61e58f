package io.shopml.gpuconfig;

/**
 * The configured device cannot be used in this process: {@code cuda} asked for on a CPU-only
 * build, no GPU visible, or a GPU index beyond the ones present. The message says what to do
 * (build with {@code -Pcuda}, pick another device, run {@code shopml doctor}).
 */
public class DeviceUnavailableException extends IllegalStateException {

    public DeviceUnavailableException(String message) {
        super(message);
    }
}
