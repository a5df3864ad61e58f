/**
 * The LSTM sales forecaster: its hyper-parameters ({@link io.shopml.models.forecast.ForecasterConfig}),
 * its DL4J network ({@link io.shopml.models.forecast.ForecasterNetwork}) and the one translator
 * that turns sales histories into network input and network output back into sales units,
 * shared by training and serving so the two cannot drift
 * ({@link io.shopml.models.forecast.ForecastTranslator}).
 *
 * <pre>{@code
 * ForecastTranslator translator = new ForecastTranslator(preprocessing);
 * List<PointAndInterval> out = translator.predict(network, List.of(new HistoryWindow(values, lastDate)));
 * }</pre>
 */
package io.shopml.models.forecast;
