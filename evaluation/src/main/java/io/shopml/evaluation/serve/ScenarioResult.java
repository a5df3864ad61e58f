package io.shopml.evaluation.serve;

/**
 * One scenario's outcome.
 *
 * @param scenario   the scenario
 * @param load       the recorded run: for the server scenario, the run at the reported rate
 * @param targetRate the server scenario's arrival rate in calls/s; 0 otherwise
 * @param p99BoundMs the server scenario's p99 bound; 0 otherwise
 * @param meetsBound whether the server run's p99 stayed within the bound without errors; true otherwise
 * @param searched   whether the server rate is the search's answer rather than one given
 */
public record ScenarioResult(Scenario scenario, LoadResult load, double targetRate, double p99BoundMs,
                             boolean meetsBound, boolean searched) {

    /** The latency the scenario is judged by: p90 for single-stream, p99 otherwise. */
    public double headlineLatencyMs() {
        return scenario == Scenario.SINGLE_STREAM ? load.p90Ms() : load.p99Ms();
    }

    public String summary() {
        String head = String.format("%-13s %6d calls, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, %.0f calls/s, %d errors",
                scenario.label(), load.calls(), load.p50Ms(), load.p90Ms(), load.p99Ms(), load.throughput(),
                load.errorCount());
        return switch (scenario) {
            case SINGLE_STREAM -> head;
            case OFFLINE -> head + String.format(", %d in flight", load.concurrency());
            case SERVER -> head + String.format(", Poisson %.1f calls/s%s (p99 bound %.1f ms: %s)", targetRate,
                    searched ? " = highest rate meeting the bound" : "", p99BoundMs, meetsBound ? "met" : "missed");
        };
    }
}
