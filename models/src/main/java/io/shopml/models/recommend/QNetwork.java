package io.shopml.models.recommend;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The recommender's Q-network on DL4J: the last L items (dense indices, [N, L]) go through an
 * item embedding, are averaged into the state vector, and one linear output per catalogue item
 * gives Q(state, item) for every item at once, so a whole catalogue is scored by one matrix
 * product per batch of states. Output weights are a second item embedding, so Q starts, after
 * {@link #initialiseFromItemFactors}, as the matrix-factorisation affinity between the recent
 * items and each candidate, and DQN training moves it towards long-term reward.
 */
public final class QNetwork {

    /** File name of the network inside a model version. */
    public static final String MODEL_FILE = "qnetwork.zip";

    private QNetwork() {
    }

    public static MultiLayerNetwork build(int itemCount, RecommenderConfig config, long seed) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .weightInit(WeightInit.XAVIER)
                .updater(new Adam(config.learningRate()))
                .list()
                .layer(new EmbeddingSequenceLayer.Builder().nIn(itemCount).nOut(config.embeddingSize())
                        .inputLength(config.historyLength()).hasBias(false).build())
                .layer(new GlobalPoolingLayer.Builder(PoolingType.AVG).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(config.embeddingSize())
                        .nOut(itemCount).activation(Activation.IDENTITY).build())
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        return network;
    }

    /**
     * Sets both item embeddings (input and output) to matrix-factorisation item factors
     * {@code [itemCount][embeddingSize]} and the output bias to zero.
     */
    public static void initialiseFromItemFactors(MultiLayerNetwork network, float[][] itemFactors) {
        try (INDArray factors = Nd4j.create(itemFactors)) {
            network.getLayer(0).setParam("W", factors);
            network.getLayer(2).setParam("W", factors.transpose());
            network.getLayer(2).getParam("b").assign(0);
        }
    }

    /** A copy with the same weights (the DQN's target network). */
    public static MultiLayerNetwork copy(MultiLayerNetwork network) {
        return network.clone();
    }

    /** Overwrites {@code target}'s weights with {@code online}'s. */
    public static void copyWeights(MultiLayerNetwork online, MultiLayerNetwork target) {
        target.setParams(online.params().dup());
    }

    /** Saves the network with its updater state, so training can resume exactly. */
    public static void save(MultiLayerNetwork network, Path file) {
        try {
            network.save(file.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Q-network to " + file, e);
        }
    }

    /** Loads a network written by {@link #save}. */
    public static MultiLayerNetwork load(Path file, boolean withUpdater) {
        try {
            return MultiLayerNetwork.load(file.toFile(), withUpdater);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Q-network from " + file, e);
        }
    }
}
