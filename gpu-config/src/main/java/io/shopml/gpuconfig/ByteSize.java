package io.shopml.gpuconfig;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory sizes as people write them in config files: {@code 512m}, {@code 4g}, {@code 4GiB},
 * {@code 1073741824}. Units are binary (k = 1024), as in JVM flags like {@code -Xmx4g}.
 */
public final class ByteSize {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,15})\\s*(?:([kmgt])(?:i?b)?|b)?");

    private ByteSize() {
    }

    /**
     * Parses {@code text}.
     *
     * @param setting the setting's name, for the error message
     * @throws DeviceConfigException naming the setting and the accepted forms
     */
    public static long parse(String setting, String text) {
        Matcher m = SIZE.matcher(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new DeviceConfigException(setting + " '" + text
                    + "' is not a size: use bytes or a number with k, m, g or t (e.g. 512m, 4g)");
        }
        long value = Long.parseLong(m.group(1));
        int shift = m.group(2) == null ? 0 : 10 * ("kmgt".indexOf(m.group(2).charAt(0)) + 1);
        if (shift > 0 && value > (Long.MAX_VALUE >> shift)) {
            throw new DeviceConfigException(setting + " '" + text + "' is too large");
        }
        return value << shift;
    }

    /** {@code 4.0 GiB}, {@code 512.0 MiB}, {@code 100 B}. */
    public static String format(long bytes) {
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
