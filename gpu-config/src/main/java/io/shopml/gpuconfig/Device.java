package io.shopml.gpuconfig;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a model runs: the CPU, or one CUDA GPU by index. Written {@code cpu}, {@code cuda}
 * (= {@code cuda:0}) or {@code cuda:N}, the same spelling in flags, config files and manifests.
 *
 * <pre>{@code
 * Device gpu = Device.parse("cuda:1");   // gpu.isCuda() == true, gpu.index() == 1, gpu.toString() == "cuda:1"
 * }</pre>
 *
 * @param cuda  whether this is a CUDA GPU
 * @param index the GPU index ({@code 0} for the CPU)
 */
public record Device(boolean cuda, int index) {

    /** The CPU. */
    public static final Device CPU = new Device(false, 0);

    private static final Pattern CUDA = Pattern.compile("cuda(?::(\\d{1,3}))?");

    public Device {
        if (index < 0 || (!cuda && index != 0)) {
            throw new IllegalArgumentException("device index must be >= 0 and only given for cuda, got " + index);
        }
    }

    /** The CUDA GPU with this index. */
    public static Device cuda(int index) {
        return new Device(true, index);
    }

    /**
     * Reads {@code cpu}, {@code cuda} or {@code cuda:N} (case-insensitive).
     *
     * @throws DeviceConfigException naming the value and the accepted forms
     */
    public static Device parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (value.equals("cpu")) {
            return CPU;
        }
        Matcher m = CUDA.matcher(value);
        if (m.matches()) {
            return cuda(m.group(1) == null ? 0 : Integer.parseInt(m.group(1)));
        }
        throw new DeviceConfigException("device '" + text + "' is not one of cpu, cuda, cuda:N (N = GPU index)");
    }

    /** Whether this is a CUDA GPU. */
    public boolean isCuda() {
        return cuda;
    }

    @Override
    public String toString() {
        return cuda ? "cuda:" + index : "cpu";
    }
}
