package io.shopml.evaluation.serve;

import inference.GrpcPredictV2.ModelInferRequest;
import io.grpc.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Runs MLPerf-style {@link Scenario}s against one model. Single-stream and offline use the
 * closed-loop {@link LoadGenerator} (1 and {@code offlineConcurrency} calls in flight); the
 * server scenario uses the open-loop {@link PoissonLoad}. Without a given rate, the server
 * scenario bisects between 0 and the offline throughput for the highest Poisson rate whose p99
 * meets the bound with no errors, each step a bounded run of its own.
 *
 * <pre>{@code
 * List<ScenarioResult> results = new ScenarioRunner(channel, new ForecastInferRequests(series, "sales-forecaster", 24, 12))
 *         .run(EnumSet.allOf(Scenario.class), ScenarioSettings.defaults());
 * results.forEach(r -> System.out.println(r.summary()));
 * }</pre>
 */
public final class ScenarioRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioRunner.class);
    private static final long SEED = 20240501L;

    private final Channel channel;
    private final IntFunction<ModelInferRequest> requests;

    public ScenarioRunner(Channel channel, IntFunction<ModelInferRequest> requests) {
        this.channel = channel;
        this.requests = requests;
    }

    /** Runs the chosen scenarios in the order single-stream, offline, server (the search needs offline's throughput). */
    public List<ScenarioResult> run(Set<Scenario> scenarios, ScenarioSettings s) throws InterruptedException {
        List<ScenarioResult> results = new ArrayList<>();
        if (scenarios.contains(Scenario.SINGLE_STREAM)) {
            results.add(new ScenarioResult(Scenario.SINGLE_STREAM, closedLoop(1, s), 0, 0, true, false));
        }
        LoadResult offline = null;
        if (scenarios.contains(Scenario.OFFLINE) || (scenarios.contains(Scenario.SERVER) && s.serverRate() == 0)) {
            offline = closedLoop(s.offlineConcurrency(), s);
            if (scenarios.contains(Scenario.OFFLINE)) {
                results.add(new ScenarioResult(Scenario.OFFLINE, offline, 0, 0, true, false));
            }
        }
        if (scenarios.contains(Scenario.SERVER)) {
            results.add(s.serverRate() > 0 ? server(s.serverRate(), s, false) : search(offline.throughput(), s));
        }
        return results;
    }

    /** All scenarios. */
    public List<ScenarioResult> runAll(ScenarioSettings settings) throws InterruptedException {
        return run(EnumSet.allOf(Scenario.class), settings);
    }

    private LoadResult closedLoop(int concurrency, ScenarioSettings s) throws InterruptedException {
        return new LoadGenerator(channel, requests)
                .run(new LoadSettings(concurrency, s.warmup(), s.requests(), s.maxDuration()));
    }

    private ScenarioResult server(double rate, ScenarioSettings s, boolean searched) throws InterruptedException {
        LoadResult load = new PoissonLoad(channel, requests, SEED).run(rate, s.warmup(), s.requests(), s.maxDuration());
        boolean meets = load.errorCount() == 0 && load.p99Ms() <= s.p99BoundMs();
        LOG.info("server scenario at {} calls/s: p99 {} ms ({} the {} ms bound)", String.format("%.1f", rate),
                load.p99Ms(), meets ? "meets" : "misses", s.p99BoundMs());
        return new ScenarioResult(Scenario.SERVER, load, rate, s.p99BoundMs(), meets, searched);
    }

    /** Bisection on the rate; the answer is the best rate that met the bound, or the lowest tried if none did. */
    private ScenarioResult search(double maxThroughput, ScenarioSettings s) throws InterruptedException {
        double low = 0;
        double high = Math.max(1, maxThroughput);
        ScenarioResult best = null;
        ScenarioResult lowestTried = null;
        for (int step = 0; step < Math.max(1, s.searchSteps()); step++) {
            double rate = step == 0 ? high : (low + high) / 2;
            ScenarioResult result = server(rate, s, true);
            if (lowestTried == null || rate < lowestTried.targetRate()) {
                lowestTried = result;
            }
            if (result.meetsBound()) {
                best = result;
                low = rate;
                if (step == 0) {
                    break;
                }
            } else {
                high = rate;
            }
        }
        return best != null ? best : lowestTried;
    }
}
