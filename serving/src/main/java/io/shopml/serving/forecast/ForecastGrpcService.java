package io.shopml.serving.forecast;

import io.grpc.stub.StreamObserver;
import io.shopml.models.forecast.ForecastPreprocessing;
import io.shopml.proto.v1.ForecastRequest;
import io.shopml.proto.v1.ForecastResponse;
import io.shopml.proto.v1.ForecastServiceGrpc;
import io.shopml.proto.v1.ForecastStep;
import io.shopml.serving.errors.InvalidInputException;
import io.shopml.serving.registry.InferenceRequest;
import io.shopml.serving.registry.InferenceResult;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.ServableModel;
import io.shopml.serving.server.QueuedCall;
import io.shopml.serving.server.TaskService;
import io.shopml.serving.tensor.DataType;
import io.shopml.serving.tensor.Tensor;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code shopml.v1.ForecastService}: a sales history (any length of at least the model's window,
 * optionally dated) in, a dated forecast with its interval out.
 */
public final class ForecastGrpcService extends ForecastServiceGrpc.ForecastServiceImplBase implements TaskService {

    public static final String DEFAULT_MODEL = "sales-forecaster";

    private final ModelRegistry registry;

    public ForecastGrpcService(ModelRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String modelTask() {
        return "forecast";
    }

    @Override
    public void forecast(ForecastRequest request, StreamObserver<ForecastResponse> responses) {
        String name = request.getModelName().isEmpty() ? DEFAULT_MODEL : request.getModelName();
        AtomicReference<Query> query = new AtomicReference<>();
        QueuedCall.answer(responses, () -> registry.submit(name, request.getModelVersion(), routed -> {
            if (!(routed instanceof ForecasterServable forecaster)) {
                throw new InvalidInputException("model '" + name + "' is a " + routed.manifest().task()
                        + " model, not a forecaster");
            }
            query.set(Query.of(request, forecaster.preprocessing()));
            return query.get().inference();
        }), (model, result) -> query.get().response(name, model, result));
    }

    /** One validated Forecast request as the forecaster's KServe-shaped input. */
    private record Query(float[] window, LocalDate lastDate, int horizon, ForecastPreprocessing preprocessing) {

        static Query of(ForecastRequest request, ForecastPreprocessing p) {
            double[] values = values(request, p.window());
            float[] window = new float[p.window()];
            for (int i = 0; i < window.length; i++) {
                window[i] = (float) values[values.length - window.length + i];
            }
            return new Query(window, ForecastGrpcService.lastDate(request, values.length),
                    ForecastGrpcService.horizon(request.getHorizon(), p.horizon()), p);
        }

        InferenceRequest inference() {
            Map<String, Object> parameters = lastDate == null ? Map.of()
                    : Map.of(ForecasterServable.LAST_DATE_PARAMETER, lastDate.toString());
            Tensor history = new Tensor("history", DataType.FP32, new long[] {1, window.length}, window);
            return new InferenceRequest(Map.of("history", history), parameters, Set.of());
        }

        ForecastResponse response(String name, ServableModel model, InferenceResult result) {
            float[] forecast = result.output("forecast").floats();
            float[] lower = result.output("lower").floats();
            float[] upper = result.output("upper").floats();
            ForecastResponse.Builder response = ForecastResponse.newBuilder()
                    .setModelName(name)
                    .setModelVersion(Integer.toString(model.version()))
                    .setIntervalLevel(preprocessing.intervalLevel());
            for (int s = 0; s < horizon; s++) {
                ForecastStep.Builder step = ForecastStep.newBuilder()
                        .setStep(s + 1)
                        .setForecast(forecast[s])
                        .setLower(lower[s])
                        .setUpper(upper[s]);
                if (lastDate != null) {
                    step.setDate(preprocessing.frequency().plus(lastDate, s + 1).toString());
                }
                response.addSteps(step);
            }
            return response.build();
        }
    }

    private static int horizon(int requested, int modelHorizon) {
        if (requested == 0) {
            return modelHorizon;
        }
        if (requested < 0 || requested > modelHorizon) {
            throw new InvalidInputException("horizon " + requested + " is out of range: this model forecasts 1.."
                    + modelHorizon + " steps (0 means " + modelHorizon + ")");
        }
        return requested;
    }

    private static double[] values(ForecastRequest request, int window) {
        if (request.getValuesCount() < window) {
            throw new InvalidInputException("values has " + request.getValuesCount() + " entries; the model needs at least "
                    + window + " (its window)");
        }
        double[] values = new double[request.getValuesCount()];
        for (int i = 0; i < values.length; i++) {
            double v = request.getValues(i);
            if (!Double.isFinite(v)) {
                throw new InvalidInputException("values[" + i + "] is " + v + ": sales values must be finite numbers");
            }
            values[i] = v;
        }
        return values;
    }

    private static LocalDate lastDate(ForecastRequest request, int valueCount) {
        if (request.getDatesCount() == 0) {
            return null;
        }
        if (request.getDatesCount() != valueCount) {
            throw new InvalidInputException("dates has " + request.getDatesCount() + " entries but values has "
                    + valueCount + ": give one date per value or none");
        }
        LocalDate previous = null;
        for (int i = 0; i < valueCount; i++) {
            LocalDate date = ForecastDates.parse(request.getDates(i), "dates[" + i + "]");
            if (previous != null && !date.isAfter(previous)) {
                throw new InvalidInputException("dates[" + i + "] (" + date + ") is not after dates[" + (i - 1) + "] ("
                        + previous + "): dates must increase");
            }
            previous = date;
        }
        return previous;
    }
}
