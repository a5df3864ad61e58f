package io.shopml.evaluation.serve;

import java.util.Arrays;
import java.util.Locale;

/**
 * The MLPerf inference scenarios, as shopml runs them over KServe v2.
 * <ul>
 *   <li>{@link #SINGLE_STREAM}: one call at a time, the next sent when the last returns; p90 latency.</li>
 *   <li>{@link #SERVER}: calls arrive as a Poisson process at a target rate whatever the server does;
 *       p99 latency, and the highest rate whose p99 stays within a bound (searched).</li>
 *   <li>{@link #OFFLINE}: many calls in flight at once; the highest throughput.</li>
 * </ul>
 */
public enum Scenario {
    SINGLE_STREAM("single-stream"),
    SERVER("server"),
    OFFLINE("offline");

    private final String label;

    Scenario(String label) {
        this.label = label;
    }

    /** The name on the command line and in reports. */
    public String label() {
        return label;
    }

    /** The scenario named {@code label}; the error lists the names. */
    public static Scenario parse(String label) {
        String wanted = label.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.label.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scenario '" + label + "'; expected one of "
                        + Arrays.stream(values()).map(Scenario::label).toList()));
    }
}
