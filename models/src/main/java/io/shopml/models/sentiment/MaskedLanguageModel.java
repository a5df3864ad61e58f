package io.shopml.models.sentiment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.nn.transformer.BertMaskedLanguageModelBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * {@link BertEncoder} with the masked-language-model head used for pre-training: the final
 * states at the masked positions go through a dense layer, GELU, layer norm and a projection to
 * the vocabulary. Input {@code [ids, mask, maskedPositions (B, I)]}, output
 * {@code [logProbabilities (B * I, V)]}, which DJL's {@code BertMaskedLanguageModelLoss} scores.
 * Only the encoder's weights are kept for fine-tuning.
 */
public final class MaskedLanguageModel extends AbstractBlock {

    private static final byte VERSION = 1;

    private final BertEncoder encoder;
    private final Linear transform;
    private final LayerNorm norm;
    private final Linear decoder;

    public MaskedLanguageModel(BertEncoder encoder) {
        super(VERSION);
        BertArchitecture architecture = encoder.architecture();
        this.encoder = addChildBlock("encoder", encoder);
        this.transform = addChildBlock("transform", Linear.builder().setUnits(architecture.embeddingSize()).build());
        this.norm = addChildBlock("norm", LayerNorm.builder().build());
        this.decoder = addChildBlock("decoder", Linear.builder().setUnits(architecture.vocabularySize()).build());
    }

    public BertEncoder encoder() {
        return encoder;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray sequence = encoder.forward(ps, new NDList(inputs.get(0), inputs.get(1)), training).head();
        NDArray gathered = BertMaskedLanguageModelBlock.gatherFromIndices(sequence, inputs.get(2));
        NDArray hidden = Activation.gelu(transform.forward(ps, new NDList(gathered), training).head());
        NDList normalised = norm.forward(ps, new NDList(hidden), training);
        return new NDList(decoder.forward(ps, normalised, training).head().logSoftmax(1));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[2].get(0) * inputShapes[2].get(1),
                encoder.architecture().vocabularySize())};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoder.initialize(manager, dataType, inputShapes[0], inputShapes[1]);
        Shape gathered = new Shape(-1, encoder.architecture().embeddingSize());
        transform.initialize(manager, dataType, gathered);
        norm.initialize(manager, dataType, gathered);
        decoder.initialize(manager, dataType, gathered);
    }
}
