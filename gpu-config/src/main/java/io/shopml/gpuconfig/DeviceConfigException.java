package io.shopml.gpuconfig;

/**
 * A device setting that is malformed or out of range, from a flag or a config file. The message
 * names the setting (and the file when there is one) and what was expected, so the CLI can print
 * it as the whole error.
 */
public class DeviceConfigException extends IllegalArgumentException {

    public DeviceConfigException(String message) {
        super(message);
    }

    public DeviceConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
