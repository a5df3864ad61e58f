package io.shopml.models.forecast;

import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The forecaster's DL4J network: stacked LSTM layers over the input window, the last time step's
 * hidden state, and a linear layer with one output per horizon step (direct multi-step
 * forecasting, so errors do not compound as in recursive one-step forecasts). MSE loss, Adam.
 * Input is NCW: [batch, {@link ForecastTranslator#FEATURES}, window]; output [batch, horizon].
 */
public final class ForecasterNetwork {

    /** File name of the network inside a model version. */
    public static final String MODEL_FILE = "model.zip";

    private ForecasterNetwork() {
    }

    public static MultiLayerNetwork build(ForecasterConfig config, long seed) {
        NeuralNetConfiguration.ListBuilder layers = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .weightInit(WeightInit.XAVIER)
                .updater(new Adam(config.learningRate()))
                // LSTMs on small noisy data occasionally produce exploding gradients.
                .gradientNormalization(GradientNormalization.ClipL2PerLayer)
                .gradientNormalizationThreshold(1.0)
                .list();
        for (int i = 0; i < config.layers() - 1; i++) {
            layers.layer(new LSTM.Builder().nOut(config.units()).activation(Activation.TANH).build());
        }
        layers.layer(new LastTimeStep(new LSTM.Builder().nOut(config.units()).activation(Activation.TANH).build()));
        layers.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE)
                .nOut(config.horizon())
                .activation(Activation.IDENTITY)
                .build());
        MultiLayerConfiguration conf = layers
                .setInputType(InputType.recurrent(ForecastTranslator.FEATURES, config.window()))
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        return network;
    }

    /** Saves the network with its updater state, so training can resume exactly. */
    public static void save(MultiLayerNetwork network, Path file) {
        try {
            network.save(file.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the forecaster network to " + file, e);
        }
    }

    /** Loads a network written by {@link #save}. */
    public static MultiLayerNetwork load(Path file, boolean withUpdater) {
        try {
            return MultiLayerNetwork.load(file.toFile(), withUpdater);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the forecaster network from " + file, e);
        }
    }
}
