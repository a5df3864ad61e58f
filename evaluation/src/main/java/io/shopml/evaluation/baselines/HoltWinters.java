package io.shopml.evaluation.baselines;

import io.shopml.datasets.timeseries.TimeSeries;
import io.shopml.evaluation.forecast.ForecastResult;
import io.shopml.evaluation.forecast.SeriesForecaster;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holt-Winters triple exponential smoothing: a level, an additive (optionally damped) trend and
 * additive or multiplicative seasonality with the series' season length, refitted on every
 * history it is given. The statistical baseline a learned forecaster has to beat.
 *
 * <p>Per call, using the history and nothing else:
 * <ul>
 *   <li><b>Initial state</b>, from the first two seasons (so the history needs at least
 *       {@code 2m} values): slope = (mean of season 2 - mean of season 1) / {@code m}; the line
 *       with that slope through season 1's mean, centred on season 1, gives the starting level;
 *       each season-1 value's deviation from (additive) or ratio to (multiplicative) that line is
 *       its seasonal term.</li>
 *   <li><b>Smoothing parameters</b> (error-correction form of Hyndman et al. 2008: alpha, beta,
 *       gamma in (0, 1) with gamma below 1 - alpha, damping phi in [0.8, 0.98]) minimise the
 *       in-sample sum of squared one-step-ahead errors: best point of a coarse grid, then
 *       Nelder-Mead.</li>
 *   <li><b>95% prediction interval</b> for additive errors with variance SSE / n: closed form for
 *       additive seasonality, 1000 seeded simulated paths for multiplicative.</li>
 * </ul>
 *
 * <pre>{@code
 * ForecastResult result = HoltWinters.auto().forecast(series, 12);
 * SeriesForecaster damped = HoltWinters.additive().damped();
 * }</pre>
 */
public final class HoltWinters implements SeriesForecaster {

    private static final Logger LOG = LoggerFactory.getLogger(HoltWinters.class);

    private final String name;
    private final List<HoltWintersForm> forms;

    private HoltWinters(String name, List<HoltWintersForm> forms) {
        this.name = name;
        this.forms = forms;
    }

    /** Additive seasonality, undamped trend. */
    public static HoltWinters additive() {
        return new HoltWinters("holt-winters-additive", List.of(new HoltWintersForm(Seasonality.ADDITIVE, false)));
    }

    /** Multiplicative seasonality, undamped trend; refuses histories with a value that is not positive. */
    public static HoltWinters multiplicative() {
        return new HoltWinters("holt-winters-multiplicative",
                List.of(new HoltWintersForm(Seasonality.MULTIPLICATIVE, false)));
    }

    /**
     * Fits additive and multiplicative seasonality and forecasts with the one of lower AIC (equal
     * parameter counts, so: lower in-sample SSE). Multiplicative is skipped for histories it
     * cannot handle (a value that is not positive).
     */
    public static HoltWinters auto() {
        return new HoltWinters("holt-winters-auto", List.of(
                new HoltWintersForm(Seasonality.ADDITIVE, false),
                new HoltWintersForm(Seasonality.MULTIPLICATIVE, false)));
    }

    /** The same forms with a damped trend: the slope shrinks by a fitted factor in [0.8, 0.98] per step. */
    public HoltWinters damped() {
        List<HoltWintersForm> dampedForms = forms.stream()
                .map(form -> new HoltWintersForm(form.seasonality(), true))
                .toList();
        return new HoltWinters(name + "-damped", dampedForms);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ForecastResult forecast(TimeSeries history, int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1, got " + horizon);
        }
        double[] values = history.values();
        int season = history.frequency().seasonLength();
        List<HoltWintersFit> fits = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (HoltWintersForm form : forms) {
            Optional<String> problem = HoltWintersState.initialisationProblem(values, season, form.seasonality());
            if (problem.isPresent()) {
                problems.add(form.label() + ": " + problem.get());
                continue;
            }
            HoltWintersFit fit = HoltWintersFitter.fit(values, season, form);
            if (fit.isUsable()) {
                fits.add(fit);
            } else {
                problems.add(form.label() + ": the recursions break down (a non-positive level or seasonal term)"
                        + " for every smoothing parameter tried");
            }
        }
        HoltWintersFit best = fits.stream()
                .min(Comparator.comparingDouble(HoltWintersFit::aic))
                .orElseThrow(() -> new IllegalArgumentException(name + " cannot forecast series '" + history.id()
                        + "' (" + values.length + " values): " + String.join("; ", problems)));
        LOG.debug("{} on series '{}' ({} values): chose {} with {}, one-step SSE {}", name, history.id(),
                values.length, best.form().label(), best.parameters(), best.sse());
        return best.forecast(horizon);
    }
}
