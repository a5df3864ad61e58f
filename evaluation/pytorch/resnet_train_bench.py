#!/usr/bin/env python3
"""Training speed of the shopml product ResNet in PyTorch: the peer that
`shopml bench train product` compares DJL against.

The network is the shopml product recogniser's: a bias-free 3x3 convolution stem of `width`
channels with batch normalisation and ReLU; stages of basic residual blocks (two 3x3 convolutions
with batch normalisation; identity shortcut, or a 1x1 convolution with batch normalisation where
the block changes channels or stride), each stage doubling the channels and, after the first,
halving the resolution with stride 2; global average pooling; a linear head. SGD with momentum
and weight decay, cross-entropy. Input [batch, 1, size, size] and labels are random. After
`--warmup` untimed optimizer steps, `--steps` steps are timed, each split into phases like shopml's
(batch = zero_grad here, the inputs being ready tensors; forward with the loss; backward; update).
Prints exactly one JSON line.

Needs only PyTorch (Debian: apt-get install -y --no-install-recommends python3-torch) and runs
on /usr/bin/python3.
"""

import argparse
import json
import sys
import time

import torch
from torch import nn


def conv(in_channels, out_channels, kernel, stride):
    return nn.Conv2d(in_channels, out_channels, kernel, stride=stride, padding=kernel // 2, bias=False)


class ResidualBlock(nn.Module):
    """He et al. (2016) basic block, as models/.../product/ResidualBlock.java builds it."""

    def __init__(self, in_channels, channels, stride):
        super().__init__()
        self.residual = nn.Sequential(
            conv(in_channels, channels, 3, stride), nn.BatchNorm2d(channels), nn.ReLU(),
            conv(channels, channels, 3, 1), nn.BatchNorm2d(channels))
        self.shortcut = (nn.Sequential(conv(in_channels, channels, 1, stride), nn.BatchNorm2d(channels))
                         if stride != 1 or in_channels != channels else nn.Identity())
        self.relu = nn.ReLU()

    def forward(self, x):
        return self.relu(self.residual(x) + self.shortcut(x))


class ProductResNet(nn.Module):
    """Stem, stages of residual blocks, global average pooling, linear head."""

    def __init__(self, width, blocks_per_stage, classes):
        super().__init__()
        layers = [conv(1, width, 3, 1), nn.BatchNorm2d(width), nn.ReLU()]
        in_channels = width
        for stage, blocks in enumerate(blocks_per_stage):
            channels = width << stage
            for block in range(blocks):
                stride = 2 if stage > 0 and block == 0 else 1
                layers.append(ResidualBlock(in_channels, channels, stride))
                in_channels = channels
        layers += [nn.AdaptiveAvgPool2d(1), nn.Flatten()]
        self.trunk = nn.Sequential(*layers)
        self.head = nn.Linear(in_channels, classes)

    def forward(self, x):
        return self.head(self.trunk(x))


def positive_int(text):
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def non_negative_int(text):
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be at least 0, got {value}")
    return value


def positive_float(text):
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be positive, got {value}")
    return value


def block_list(text):
    try:
        blocks = [int(b) for b in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be comma-separated block counts like 2,2,2, got {text!r}")
    if not blocks or any(b < 1 for b in blocks):
        raise argparse.ArgumentTypeError(f"every stage needs at least 1 block, got {text!r}")
    return blocks


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=positive_int, default=28, help="image width and height (default 28)")
    parser.add_argument("--width", type=positive_int, default=32, help="channels of the first stage (default 32)")
    parser.add_argument("--blocks", type=block_list, default=[2, 2, 2], help="blocks per stage (default 2,2,2)")
    parser.add_argument("--classes", type=positive_int, default=10, help="output classes (default 10)")
    parser.add_argument("--batch", type=positive_int, default=128, help="images per step (default 128)")
    parser.add_argument("--steps", type=positive_int, default=20, help="timed optimizer steps (default 20)")
    parser.add_argument("--warmup", type=non_negative_int, default=3, help="untimed steps first (default 3)")
    parser.add_argument("--threads", type=positive_int, default=2, help="torch intra-op threads (default 2)")
    parser.add_argument("--lr", type=positive_float, default=0.1, help="SGD learning rate (default 0.1)")
    parser.add_argument("--seed", type=int, default=1, help="seed for weights and data (default 1)")
    return parser.parse_args(argv)


def main(argv):
    args = parse_args(argv)
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)

    model = ProductResNet(args.width, args.blocks, args.classes)
    model.train()
    optimizer = torch.optim.SGD(model.parameters(), lr=args.lr, momentum=0.9, weight_decay=5e-4)
    loss_function = nn.CrossEntropyLoss()
    inputs = torch.randn(args.batch, 1, args.size, args.size)
    targets = torch.randint(0, args.classes, (args.batch,))

    phases = {"batch": 0.0, "forward": 0.0, "backward": 0.0, "update": 0.0}

    def step():
        # Phases as shopml's StepPhases splits a step; CPU operators run synchronously.
        t0 = time.perf_counter()
        optimizer.zero_grad()
        t1 = time.perf_counter()
        loss = loss_function(model(inputs), targets)
        value = loss.item()
        t2 = time.perf_counter()
        loss.backward()
        t3 = time.perf_counter()
        optimizer.step()
        t4 = time.perf_counter()
        for name, seconds in (("batch", t1 - t0), ("forward", t2 - t1), ("backward", t3 - t2), ("update", t4 - t3)):
            phases[name] += seconds
        return value

    for _ in range(args.warmup):
        step()
    for name in phases:
        phases[name] = 0.0
    start = time.perf_counter()
    for _ in range(args.steps):
        loss = step()
    seconds = time.perf_counter() - start

    print(json.dumps({
        "framework": "pytorch",
        "torch": torch.__version__,
        "steps": args.steps,
        "seconds": seconds,
        "steps_per_s": args.steps / seconds,
        "images_per_s": args.steps * args.batch / seconds,
        "final_loss": loss,
        "phases_ms": {name: 1000 * total / args.steps for name, total in phases.items()},
        "parameters": sum(p.numel() for p in model.parameters()),
        "size": args.size,
        "width": args.width,
        "blocks": args.blocks,
        "classes": args.classes,
        "batch": args.batch,
        "warmup": args.warmup,
        "threads": args.threads,
        "lr": args.lr,
        "seed": args.seed,
    }))


if __name__ == "__main__":
    main(sys.argv[1:])
