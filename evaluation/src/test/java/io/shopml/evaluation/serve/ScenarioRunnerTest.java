package io.shopml.evaluation.serve;

import inference.GRPCInferenceServiceGrpc;
import inference.GrpcPredictV2.ModelInferRequest;
import inference.GrpcPredictV2.ModelInferResponse;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.stub.StreamObserver;
import io.shopml.datasets.BundledDatasets;
import io.shopml.datasets.cleaning.CleaningOptions;
import io.shopml.datasets.timeseries.SalesCsvReader;
import io.shopml.evaluation.report.ReportSection;
import io.shopml.training.forecast.ForecastDataPreparation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scenarios against a real gRPC server on an ephemeral port that counts the calls it gets
 * and checks each is a forecaster request built from the real drinks sales.
 */
class ScenarioRunnerTest {

    private static final int WARMUP = 10;
    private static final int REQUESTS = 100;

    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger malformed = new AtomicInteger();
    private Server server;
    private ManagedChannel channel;
    private ForecastInferRequests requests;

    @BeforeEach
    void start() throws Exception {
        server = ServerBuilder.forPort(0).addService(new GRPCInferenceServiceGrpc.GRPCInferenceServiceImplBase() {
            @Override
            public void modelInfer(ModelInferRequest request, StreamObserver<ModelInferResponse> response) {
                received.incrementAndGet();
                if (request.getInputs(0).getContents().getFp32ContentsCount() != 24) {
                    malformed.incrementAndGet();
                }
                response.onNext(ModelInferResponse.newBuilder().setModelName(request.getModelName()).build());
                response.onCompleted();
            }
        }).build().start();
        channel = ManagedChannelBuilder.forAddress("localhost", server.getPort()).usePlaintext().build();
        requests = new ForecastInferRequests(ForecastDataPreparation.load(
                BundledDatasets.extract(BundledDatasets.DRINKS_SALES), new SalesCsvReader(),
                CleaningOptions.defaults()).data().series(), "sales-forecaster", 24, 12);
    }

    @AfterEach
    void stop() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void everyScenario_recordsItsCallsWithoutErrors_andTheServerSawEachCall() throws Exception {
        ScenarioSettings settings = new ScenarioSettings(WARMUP, REQUESTS, Duration.ofSeconds(60), 8, 400, 1000, 1);

        List<ScenarioResult> results = new ScenarioRunner(channel, requests).run(EnumSet.allOf(Scenario.class), settings);

        assertEquals(List.of(Scenario.SINGLE_STREAM, Scenario.OFFLINE, Scenario.SERVER),
                results.stream().map(ScenarioResult::scenario).toList());
        for (ScenarioResult r : results) {
            assertEquals(REQUESTS, r.load().calls(), r.summary());
            assertEquals(0, r.load().errorCount(), r.summary());
            assertEquals(REQUESTS, java.util.Arrays.stream(r.load().histogram().counts()).sum(), "histogram of " + r);
        }
        assertEquals(8, results.get(1).load().concurrency());
        assertEquals(400, results.get(2).targetRate());
        assertTrue(results.get(2).meetsBound(), results.get(2).summary());
        assertEquals(3 * (WARMUP + REQUESTS), received.get(), "warm-up and recorded calls all reached the server");
        assertEquals(0, malformed.get());
    }

    @Test
    void serverSearch_findsARateThatMeetsAGenerousBound() throws Exception {
        ScenarioSettings settings = new ScenarioSettings(WARMUP, REQUESTS, Duration.ofSeconds(30), 4, 0, 1000, 2);

        List<ScenarioResult> results = new ScenarioRunner(channel, requests).run(EnumSet.of(Scenario.SERVER), settings);

        ScenarioResult server = results.get(0);
        assertTrue(server.searched() && server.meetsBound() && server.targetRate() > 0, server.summary());
        ReportSection section = ServeBenchSection.of("sales-forecaster", "localhost", results);
        assertEquals(1, section.tables().get(0).rows().size());
        assertEquals(1, section.plots().size());
    }

    @Test
    void scenarioNames_parseAndRejectUnknownOnes() {
        assertEquals(Scenario.SINGLE_STREAM, Scenario.parse("single-stream"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Scenario.parse("batch"));
        assertEquals("unknown scenario 'batch'; expected one of [single-stream, server, offline]", e.getMessage());
    }
}
