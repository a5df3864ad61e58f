/**
 * Serves the LSTM sales forecaster: its {@link io.shopml.serving.registry.ServableLoader}, the
 * KServe v2 tensor mapping ({@code history} in; {@code forecast}, {@code lower}, {@code upper}
 * out) and the typed {@code shopml.v1.ForecastService}.
 */
package io.shopml.serving.forecast;
