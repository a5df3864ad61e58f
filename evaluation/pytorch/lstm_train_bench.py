#!/usr/bin/env python3
"""Training speed of the shopml LSTM forecaster architecture in PyTorch: the peer that
`shopml bench train forecaster` compares DL4J against.

The network is the shopml forecaster's: input [batch, window, features], `layers` stacked LSTM
layers of `units` units, the last time step's hidden state, a dense layer to `horizon` outputs,
MSE loss, Adam. Input and target are random (speed does not depend on the values). After
`--warmup` untimed optimizer steps, `--steps` steps are timed. Prints exactly one JSON line.

Needs only PyTorch (Debian: apt-get install -y --no-install-recommends python3-torch) and runs
on /usr/bin/python3.
"""

import argparse
import json
import sys
import time

import torch
from torch import nn


class LstmForecaster(nn.Module):
    """Stacked LSTM, last time step, linear head: the shopml forecaster network."""

    def __init__(self, features, units, layers, horizon):
        super().__init__()
        self.lstm = nn.LSTM(input_size=features, hidden_size=units, num_layers=layers, batch_first=True)
        self.head = nn.Linear(units, horizon)

    def forward(self, x):
        output, _ = self.lstm(x)
        return self.head(output[:, -1, :])


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


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--features", type=positive_int, default=4, help="inputs per time step (default 4)")
    parser.add_argument("--window", type=positive_int, default=24, help="time steps per sample (default 24)")
    parser.add_argument("--horizon", type=positive_int, default=12, help="outputs per sample (default 12)")
    parser.add_argument("--units", type=positive_int, default=64, help="LSTM units per layer (default 64)")
    parser.add_argument("--layers", type=positive_int, default=1, help="stacked LSTM layers (default 1)")
    parser.add_argument("--batch", type=positive_int, default=256, help="samples per step (default 256)")
    parser.add_argument("--steps", type=positive_int, default=48, help="timed optimizer steps (default 48)")
    parser.add_argument("--warmup", type=non_negative_int, default=5, help="untimed steps first (default 5)")
    parser.add_argument("--threads", type=positive_int, default=2, help="torch intra-op threads (default 2)")
    parser.add_argument("--lr", type=positive_float, default=1e-3, help="Adam learning rate (default 1e-3)")
    parser.add_argument("--seed", type=int, default=1, help="seed for weights and data (default 1)")
    return parser.parse_args(argv)


def main(argv):
    args = parse_args(argv)
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)

    model = LstmForecaster(args.features, args.units, args.layers, args.horizon)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    loss_function = nn.MSELoss()
    inputs = torch.randn(args.batch, args.window, args.features)
    targets = torch.randn(args.batch, args.horizon)

    def step():
        optimizer.zero_grad()
        loss = loss_function(model(inputs), targets)
        loss.backward()
        optimizer.step()
        return loss.item()

    for _ in range(args.warmup):
        step()
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
        "final_loss": loss,
        "features": args.features,
        "window": args.window,
        "horizon": args.horizon,
        "units": args.units,
        "layers": args.layers,
        "batch": args.batch,
        "warmup": args.warmup,
        "threads": args.threads,
        "lr": args.lr,
        "seed": args.seed,
    }))


if __name__ == "__main__":
    main(sys.argv[1:])
