package io.shopml.models.product;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import java.util.List;

/**
 * The basic residual block of He et al. (2016): two 3x3 convolutions with batch normalisation,
 * added to a shortcut, then ReLU. The shortcut is the identity when the block keeps its shape, and
 * a 1x1 convolution with batch normalisation (a projection) when it changes the channels or the
 * resolution.
 *
 * <pre>{@code
 * Block sameShape = ResidualBlock.create(64, 1, false);   // [N,64,H,W] -> [N,64,H,W]
 * Block downsample = ResidualBlock.create(128, 2, true);  // [N,64,H,W] -> [N,128,H/2,W/2]
 * }</pre>
 */
public final class ResidualBlock {

    private ResidualBlock() {
    }

    /**
     * A residual block.
     *
     * @param channels   output channels
     * @param stride     1 to keep the resolution, 2 to halve it
     * @param projection whether the shortcut projects (needed when channels or resolution change)
     */
    public static Block create(int channels, int stride, boolean projection) {
        SequentialBlock residual = new SequentialBlock()
                .add(conv(channels, 3, stride))
                .add(BatchNorm.builder().build())
                .add(Activation.reluBlock())
                .add(conv(channels, 3, 1))
                .add(BatchNorm.builder().build());
        Block shortcut = projection
                ? new SequentialBlock().add(conv(channels, 1, stride)).add(BatchNorm.builder().build())
                : Blocks.identityBlock();
        ParallelBlock sum = new ParallelBlock(
                branches -> new NDList(branches.get(0).singletonOrThrow().add(branches.get(1).singletonOrThrow())),
                List.of(residual, shortcut));
        return new SequentialBlock().add(sum).add(Activation.reluBlock());
    }

    /** A bias-free convolution (batch normalisation follows) with "same" padding. */
    static Conv2d conv(int channels, int kernel, int stride) {
        return Conv2d.builder()
                .setFilters(channels)
                .setKernelShape(new Shape(kernel, kernel))
                .optStride(new Shape(stride, stride))
                .optPadding(new Shape(kernel / 2, kernel / 2))
                .optBias(false)
                .build();
    }
}
