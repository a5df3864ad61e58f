package io.shopml.models.sentiment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * {@link BertEncoder} plus a classification head: the mean of the real (unpadded) tokens' final
 * states, dropout, and a linear layer to one logit per class. Input {@code [ids, mask]}, output
 * {@code [logits (B, C)]}, the same signature as an imported TorchScript classifier.
 *
 * <p>Mean pooling rather than {@code [CLS]}: with a few thousand reviews and a small encoder it
 * trains faster and is steadier, because every token receives gradient from the label.
 */
public final class BertClassifier extends AbstractBlock {

    private static final byte VERSION = 1;

    private final BertEncoder encoder;
    private final Dropout dropout;
    private final Linear output;
    private final int classes;

    public BertClassifier(BertEncoder encoder, int classes, float dropoutRate) {
        super(VERSION);
        if (classes < 2) {
            throw new IllegalArgumentException("a classifier needs at least 2 classes, got " + classes);
        }
        this.encoder = addChildBlock("encoder", encoder);
        this.dropout = addChildBlock("dropout", Dropout.builder().optRate(dropoutRate).build());
        this.output = addChildBlock("output", Linear.builder().setUnits(classes).build());
        this.classes = classes;
    }

    public BertEncoder encoder() {
        return encoder;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray sequence = encoder.forward(ps, inputs, training).head();
        NDArray mask = inputs.get(1).toType(DataType.FLOAT32, false).expandDims(2);
        NDArray pooled = sequence.mul(mask).sum(new int[] {1}).div(mask.sum(new int[] {1}).maximum(1f));
        NDList dropped = dropout.forward(ps, new NDList(pooled), training);
        return output.forward(ps, dropped, training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), classes)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoder.initialize(manager, dataType, inputShapes);
        Shape pooled = new Shape(inputShapes[0].get(0), encoder.architecture().embeddingSize());
        dropout.initialize(manager, dataType, pooled);
        output.initialize(manager, dataType, pooled);
    }
}
