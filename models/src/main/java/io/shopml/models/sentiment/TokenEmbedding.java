package io.shopml.models.sentiment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Token-id embedding lookup that several threads may call at once. It stores what DJL's
 * {@code IdEmbedding} stores (one WEIGHT parameter "embedding" of [vocabulary, size], block version
 * 1), so weights saved with either load into the other. Why not {@code IdEmbedding}: in DJL 0.36
 * it attaches the shared table to a per-call manager for the duration of the lookup
 * ({@code tempAttachAll}); two concurrent calls then hand the table back to the wrong manager and
 * a later call fails with "Native resource has been released already" (seen serving sentiment at
 * concurrency 4 with two workers). Here the table is never re-attached: only the looked-up rows
 * move to the caller's manager.
 */
final class TokenEmbedding extends AbstractBlock {

    private final int embeddingSize;
    private final Parameter embedding;

    TokenEmbedding(int vocabularySize, int embeddingSize) {
        this.embeddingSize = embeddingSize;
        this.embedding = addParameter(Parameter.builder()
                .setName("embedding")
                .setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(vocabularySize, embeddingSize))
                .build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray ids = inputs.singletonOrThrow();
        NDArray table = ps.getValue(embedding, ids.getDevice(), training);
        NDArray rows = table.gatherNd(ids.flatten().reshape(1, ids.getShape().size()));
        // The op's result belongs to the table's (the model's) manager; the caller's manager frees it.
        rows.attach(ids.getManager());
        return new NDList(rows.reshape(ids.getShape().addAll(new Shape(embeddingSize))));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0].addAll(new Shape(embeddingSize))};
    }
}
