package io.shopml.models.product;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The product ResNet as one DJL block with two outputs: {@code [logits [N, classes], embedding
 * [N, D]]}. The embedding is the globally average-pooled output of the last stage, the vector the
 * softmax head reads, so similar-product search and recognition share one forward pass.
 *
 * <pre>{@code
 * ProductNetwork network = ProductNetwork.create(ProductConfig.quickRecipe(), 10);
 * network.initialize(manager, DataType.FLOAT32, ProductNetwork.inputShape(28, 1));
 * NDList out = network.forward(new ParameterStore(manager, false), new NDList(images), false);
 * NDArray logits = out.get(0);
 * NDArray embedding = out.get(1);
 * }</pre>
 */
public final class ProductNetwork extends AbstractBlock {

    /** The weights' file name in a model version and a checkpoint. */
    public static final String PARAMETERS_FILE = "resnet.params";

    private static final byte VERSION = 1;

    private final Block trunk;
    private final Block head;

    private ProductNetwork(Block trunk, Block head) {
        super(VERSION);
        this.trunk = addChildBlock("trunk", trunk);
        this.head = addChildBlock("head", head);
    }

    /** A freshly built, uninitialised network for {@code classes} categories, as {@code config} describes it. */
    public static ProductNetwork create(ProductConfig config, int classes) {
        return create(config.width(), config.blocksPerStage(), classes);
    }

    /** The network of a trained model, as its preprocessing records the architecture. */
    public static ProductNetwork create(ProductPreprocessing preprocessing) {
        return create(preprocessing.width(), preprocessing.blocksPerStage(), preprocessing.classNames().size());
    }

    private static ProductNetwork create(int width, List<Integer> blocksPerStage, int classes) {
        SequentialBlock trunk = new SequentialBlock()
                .add(ResidualBlock.conv(width, 3, 1))
                .add(BatchNorm.builder().build())
                .add(Activation.reluBlock());
        int inChannels = width;
        for (int stage = 0; stage < blocksPerStage.size(); stage++) {
            int channels = width << stage;
            for (int block = 0; block < blocksPerStage.get(stage); block++) {
                int stride = stage > 0 && block == 0 ? 2 : 1;
                trunk.add(ResidualBlock.create(channels, stride, stride != 1 || channels != inChannels));
                inChannels = channels;
            }
        }
        trunk.add(Pool.globalAvgPool2dBlock()).add(Blocks.batchFlattenBlock());
        return new ProductNetwork(trunk, Linear.builder().setUnits(classes).build());
    }

    /** The input shape {@code [batch, 1, size, size]}. */
    public static Shape inputShape(int inputSize, int batch) {
        return new Shape(batch, 1, inputSize, inputSize);
    }

    /** Writes the weights (and batch-normalisation statistics) to {@code file}. */
    public void save(Path file) {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            saveParameters(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write product network weights to " + file, e);
        }
    }

    /** Reads what {@link #save} wrote into this (initialised) network of the same architecture. */
    public void load(NDManager manager, Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            loadParameters(manager, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read product network weights from " + file, e);
        } catch (MalformedModelException e) {
            throw new IllegalStateException(file + " does not fit this architecture: " + e.getMessage(), e);
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDList embedding = trunk.forward(parameterStore, inputs, training, params);
        NDList logits = head.forward(parameterStore, embedding, training, params);
        return new NDList(logits.singletonOrThrow(), embedding.singletonOrThrow());
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape[] embedding = trunk.getOutputShapes(inputShapes);
        return new Shape[] {head.getOutputShapes(embedding)[0], embedding[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        trunk.initialize(manager, dataType, inputShapes);
        head.initialize(manager, dataType, trunk.getOutputShapes(inputShapes));
    }
}
