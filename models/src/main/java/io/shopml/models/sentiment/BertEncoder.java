package io.shopml.models.sentiment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.nn.transformer.TransformerEncoderBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import java.util.ArrayList;
import java.util.List;

/**
 * A BERT encoder on DJL: token plus learnt position embeddings, layer norm, dropout, then DJL's
 * {@link TransformerEncoderBlock}s with padding masked out of attention. Input
 * {@code [ids (B, S), mask (B, S)]} of INT64, output {@code [sequence (B, S, E)]}.
 *
 * <p>Why not DJL's {@code BertBlock}: it adds all {@code maxLength} position embeddings to every
 * batch, so batches must be padded to the maximum length, and it pools the second token rather
 * than {@code [CLS]}. This encoder takes the first {@code S} positions, so a batch is only as
 * long as its longest text, which is most of the speed on short reviews.
 */
public final class BertEncoder extends AbstractBlock {

    private static final byte VERSION = 1;

    private final BertArchitecture architecture;
    private final TokenEmbedding tokenEmbedding;
    private final Parameter positionEmbedding;
    private final LayerNorm embeddingNorm;
    private final Dropout embeddingDropout;
    private final List<TransformerEncoderBlock> blocks = new ArrayList<>();

    public BertEncoder(BertArchitecture architecture, float dropout) {
        super(VERSION);
        this.architecture = architecture;
        this.tokenEmbedding = addChildBlock("tokenEmbedding",
                new TokenEmbedding(architecture.vocabularySize(), architecture.embeddingSize()));
        this.positionEmbedding = addParameter(Parameter.builder()
                .setName("positionEmbedding")
                .setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(architecture.maxLength(), architecture.embeddingSize()))
                .build());
        this.embeddingNorm = addChildBlock("embeddingNorm", LayerNorm.builder().axis(2).build());
        this.embeddingDropout = addChildBlock("embeddingDropout", Dropout.builder().optRate(dropout).build());
        for (int i = 0; i < architecture.layers(); i++) {
            blocks.add(addChildBlock("transformer_" + i, new TransformerEncoderBlock(architecture.embeddingSize(),
                    architecture.heads(), architecture.feedForwardSize(), dropout, Activation::gelu)));
        }
    }

    public BertArchitecture architecture() {
        return architecture;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray ids = inputs.get(0);
        NDArray mask = inputs.get(1);
        long length = ids.getShape().get(1);
        if (length > architecture.maxLength()) {
            throw new IllegalArgumentException("sequence of " + length + " tokens is longer than the encoder's "
                    + architecture.maxLength() + " positions");
        }
        NDArray tokens = tokenEmbedding.forward(ps, new NDList(ids), training).head();
        NDArray positions = ps.getValue(positionEmbedding, ids.getDevice(), training).get(new NDIndex("0:" + length));
        // The slice would otherwise belong to the model's manager and outlive the batch.
        positions.attach(ids.getManager());
        NDList hidden = embeddingNorm.forward(ps, new NDList(tokens.add(positions)), training);
        hidden = embeddingDropout.forward(ps, hidden, training);
        NDArray attentionMask = additiveAttentionMask(ids, mask);
        for (TransformerEncoderBlock block : blocks) {
            hidden = block.forward(ps, new NDList(hidden.head(), attentionMask), training);
        }
        return hidden;
    }

    /** (B, 1, S, S): 0 where a token may attend, -100000 on padding (added before the softmax). */
    private static NDArray additiveAttentionMask(NDArray ids, NDArray mask) {
        long batch = ids.getShape().get(0);
        long length = ids.getShape().get(1);
        NDArray keys = mask.toType(DataType.FLOAT32, false).reshape(batch, 1, 1, length);
        return keys.mul(-1f).add(1f).mul(-100000f).broadcast(batch, 1, length, length);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape ids = inputShapes[0];
        return new Shape[] {new Shape(ids.get(0), ids.get(1), architecture.embeddingSize())};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape ids = inputShapes[0];
        Shape hidden = new Shape(ids.get(0), ids.get(1), architecture.embeddingSize());
        tokenEmbedding.initialize(manager, dataType, ids);
        embeddingNorm.initialize(manager, dataType, hidden);
        embeddingDropout.initialize(manager, dataType, hidden);
        for (TransformerEncoderBlock block : blocks) {
            block.initialize(manager, dataType, hidden);
        }
    }
}
