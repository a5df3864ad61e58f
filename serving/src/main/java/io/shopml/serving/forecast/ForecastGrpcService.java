package io.shopml.serving.forecast;

import io.grpc.stub.StreamObserver;
import io.shopml.models.forecast.ForecastPreprocessing;
import io.shopml.models.forecast.HistoryWindow;
import io.shopml.models.forecast.PointAndInterval;
import io.shopml.proto.v1.ForecastRequest;
import io.shopml.proto.v1.ForecastResponse;
import io.shopml.proto.v1.ForecastServiceGrpc;
import io.shopml.proto.v1.ForecastStep;
import io.shopml.serving.errors.GrpcErrors;
import io.shopml.serving.errors.InvalidInputException;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.ServableModel;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code shopml.v1.ForecastService}: a sales history (any length of at least the model's window,
 * optionally dated) in, a dated forecast with its interval out.
 */
public final class ForecastGrpcService extends ForecastServiceGrpc.ForecastServiceImplBase {

    public static final String DEFAULT_MODEL = "sales-forecaster";

    private final ModelRegistry registry;

    public ForecastGrpcService(ModelRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void forecast(ForecastRequest request, StreamObserver<ForecastResponse> responses) {
        try {
            responses.onNext(answer(request));
            responses.onCompleted();
        } catch (RuntimeException e) {
            responses.onError(GrpcErrors.toStatus(e));
        }
    }

    private ForecastResponse answer(ForecastRequest request) {
        String name = request.getModelName().isEmpty() ? DEFAULT_MODEL : request.getModelName();
        ServableModel model = registry.get(name, request.getModelVersion());
        if (!(model instanceof ForecasterServable forecaster)) {
            throw new InvalidInputException("model '" + name + "' is a " + model.manifest().task()
                    + " model, not a forecaster");
        }
        ForecastPreprocessing p = forecaster.preprocessing();
        int horizon = horizon(request.getHorizon(), p.horizon());
        double[] values = values(request, p.window());
        LocalDate lastDate = lastDate(request, values.length);

        PointAndInterval f = forecaster.predict(List.of(HistoryWindow.ofRecent(values, p.window(), lastDate))).get(0);
        ForecastResponse.Builder response = ForecastResponse.newBuilder()
                .setModelName(name)
                .setModelVersion(Integer.toString(model.version()))
                .setIntervalLevel(p.intervalLevel());
        for (int s = 0; s < horizon; s++) {
            ForecastStep.Builder step = ForecastStep.newBuilder()
                    .setStep(s + 1)
                    .setForecast(f.point()[s])
                    .setLower(f.lower()[s])
                    .setUpper(f.upper()[s]);
            if (lastDate != null) {
                step.setDate(p.frequency().plus(lastDate, s + 1).toString());
            }
            response.addSteps(step);
        }
        return response.build();
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
