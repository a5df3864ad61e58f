package io.shopml.cli;

import ai.djl.engine.Engine;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Loads PyTorch's native library before any test class can start ND4J: this module's tests share
 * one JVM, and once ND4J's OpenBLAS is loaded first, libtorch's BLAS calls bind to it and DJL
 * training computes other numbers or NaN. Registered for every test class through
 * {@code junit.jupiter.extensions.autodetection.enabled} (see {@code BackendSettings} in gpu-config
 * for the same ordering in the CLI).
 */
public final class PyTorchLoadsFirst implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        Engine.getEngine("PyTorch");
    }
}
