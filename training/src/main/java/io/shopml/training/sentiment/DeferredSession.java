package io.shopml.training.sentiment;

import ai.djl.nn.Block;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link DjlSession} made on first use, so that the weights a phase starts from (the
 * pre-trained encoder, or the checkpoint the loop resumes) are loaded before the trainer takes
 * hold of the parameter arrays. Loading weights after the first step is refused rather than
 * silently ignored by the trainer.
 */
final class DeferredSession implements AutoCloseable {

    private final Function<Map<Block, Path>, DjlSession> factory;
    private final Map<Block, Path> startWeights = new LinkedHashMap<>();
    private DjlSession session;

    DeferredSession(Function<Map<Block, Path>, DjlSession> factory) {
        this.factory = factory;
    }

    /**
     * Starts {@code block} (the network or a part of it) from {@code file}; blocks load in the order given.
     *
     * @throws IllegalStateException once training has started
     */
    void startFrom(Block block, Path file) {
        if (session != null) {
            throw new IllegalStateException("weights " + file + " can only be loaded before the first step: DJL's"
                    + " trainer keeps the parameter arrays it was initialised with");
        }
        startWeights.put(block, file);
    }

    DjlSession get() {
        if (session == null) {
            session = factory.apply(Collections.unmodifiableMap(startWeights));
        }
        return session;
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
    }
}
