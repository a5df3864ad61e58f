#!/usr/bin/env python3
"""Training speed of the shopml sentiment BERT in PyTorch: the peer that
`shopml bench train sentiment` compares DJL against.

The network is the shopml classifier's (io.shopml.models.sentiment.BertClassifier): token
embedding plus a learnt position embedding, LayerNorm, dropout; `layers` post-norm transformer
encoder blocks (multi-head self-attention with a padding mask, GELU feed-forward of `ff` units);
mean pooling over the unpadded tokens, dropout, a linear layer to `classes` logits; softmax
cross-entropy, AdamW (weight decay 0.01) with gradient clipping at norm 1. Token ids and labels
are random (speed does not depend on the values); every sequence is `max_length` tokens long.
After `--warmup` untimed optimizer steps, `--steps` steps are timed. Prints exactly one JSON line.

Needs only PyTorch (Debian: apt-get install -y --no-install-recommends python3-torch) and runs
on /usr/bin/python3.
"""

import argparse
import json
import sys
import time

import torch
from torch import nn


class BertClassifier(nn.Module):
    """Embeddings, post-norm transformer blocks, masked mean pooling, linear head."""

    def __init__(self, vocab, max_length, embedding, layers, heads, ff, classes, dropout):
        super().__init__()
        self.tokens = nn.Embedding(vocab, embedding)
        self.positions = nn.Parameter(torch.randn(max_length, embedding) * 0.02)
        self.norm = nn.LayerNorm(embedding)
        self.dropout = nn.Dropout(dropout)
        block = nn.TransformerEncoderLayer(embedding, heads, ff, dropout, activation="gelu", batch_first=True)
        self.encoder = nn.TransformerEncoder(block, layers, enable_nested_tensor=False)
        self.head = nn.Linear(embedding, classes)

    def forward(self, ids, mask):
        hidden = self.dropout(self.norm(self.tokens(ids) + self.positions[: ids.shape[1]]))
        hidden = self.encoder(hidden, src_key_padding_mask=mask == 0)
        weights = mask.unsqueeze(2).float()
        pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1)
        return self.head(self.dropout(pooled))


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


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vocab", type=positive_int, default=8000, help="vocabulary size (default 8000)")
    parser.add_argument("--max-length", type=positive_int, default=128, help="tokens per review (default 128)")
    parser.add_argument("--embedding", type=positive_int, default=128, help="encoder width (default 128)")
    parser.add_argument("--layers", type=positive_int, default=2, help="transformer blocks (default 2)")
    parser.add_argument("--heads", type=positive_int, default=4, help="attention heads (default 4)")
    parser.add_argument("--ff", type=positive_int, default=512, help="feed-forward width (default 512)")
    parser.add_argument("--classes", type=positive_int, default=2, help="classes (default 2)")
    parser.add_argument("--dropout", type=float, default=0.1, help="dropout rate (default 0.1)")
    parser.add_argument("--batch", type=positive_int, default=32, help="reviews per step (default 32)")
    parser.add_argument("--steps", type=positive_int, default=20, help="timed optimizer steps (default 20)")
    parser.add_argument("--warmup", type=non_negative_int, default=3, help="untimed steps first (default 3)")
    parser.add_argument("--threads", type=positive_int, default=2, help="torch intra-op threads (default 2)")
    parser.add_argument("--seed", type=int, default=1, help="seed for weights and data (default 1)")
    return parser.parse_args(argv)


def main(argv):
    args = parse_args(argv)
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)

    model = BertClassifier(args.vocab, args.max_length, args.embedding, args.layers, args.heads, args.ff,
                           args.classes, args.dropout)
    model.train()
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-4, weight_decay=0.01)
    loss_function = nn.CrossEntropyLoss()
    ids = torch.randint(0, args.vocab, (args.batch, args.max_length))
    mask = torch.ones(args.batch, args.max_length, dtype=torch.long)
    labels = torch.randint(0, args.classes, (args.batch,))

    def step():
        optimizer.zero_grad()
        loss = loss_function(model(ids, mask), labels)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
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
        "tokens_per_s": args.steps * args.batch * args.max_length / seconds,
        "final_loss": loss,
        "vocab": args.vocab,
        "max_length": args.max_length,
        "embedding": args.embedding,
        "layers": args.layers,
        "heads": args.heads,
        "ff": args.ff,
        "classes": args.classes,
        "batch": args.batch,
        "warmup": args.warmup,
        "threads": args.threads,
        "seed": args.seed,
    }))


if __name__ == "__main__":
    main(sys.argv[1:])
