"""Makes the tiny TorchScript sentiment fixture used by the import tests.

Run with Debian's PyTorch 1.13 (apt-get install python3-torch), from this folder:

    /usr/bin/python3 make_fixture.py

It writes model.pt (a 2-layer-free miniature of a Hugging Face BERT classifier exported with
torch.jit.trace: forward(input_ids, attention_mask) -> logits [N, 2]) and tokenizer.json (a
standard Hugging Face BERT WordPiece tokenizer with a 64-token vocabulary). Weights are seeded
and the output layer is set by hand so that "great"/"love" lean to label 0 and "bad"/"awful" to
label 1: the tests can check the direction of a prediction, not just its shape.
"""
import json

import torch

torch.manual_seed(7)
SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
WORDS = ["great", "love", "delicious", "good", "bad", "awful", "stale", "never", "again", "tea", "coffee",
         "the", "is", "it", "this", "was", "and", "a", "i", "not", ".", ",", "!", "很", "好", "喝", "难",
         "##s", "##ed", "##ly", "##ing"]
VOCAB = SPECIAL + WORDS + [f"##{c}" for c in "abcdefghijklmnopqrstuvwxyz"] + list("xyz")
POSITIVE = {"great", "love", "delicious", "good", "好"}
NEGATIVE = {"bad", "awful", "stale", "never", "难"}


class TinyBertClassifier(torch.nn.Module):
    def __init__(self, vocab_size, width=16):
        super().__init__()
        self.embeddings = torch.nn.Embedding(vocab_size, width)
        self.positions = torch.nn.Embedding(64, width)
        self.encoder = torch.nn.TransformerEncoderLayer(width, 2, 32, dropout=0.0, batch_first=True)
        self.classifier = torch.nn.Linear(width, 2)

    def forward(self, input_ids, attention_mask):
        positions = torch.arange(input_ids.shape[1]).unsqueeze(0)
        hidden = self.embeddings(input_ids) + self.positions(positions)
        hidden = self.encoder(hidden, src_key_padding_mask=attention_mask == 0)
        mask = attention_mask.unsqueeze(2).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return self.classifier(pooled)


model = TinyBertClassifier(len(VOCAB)).eval()
with torch.no_grad():
    # A sentiment direction in the first embedding dimension, read by the output layer.
    for i, token in enumerate(VOCAB):
        model.embeddings.weight[i, 0] = 3.0 if token in POSITIVE else (-3.0 if token in NEGATIVE else 0.0)
    model.encoder.linear2.weight.zero_()
    model.encoder.linear2.bias.zero_()
    model.encoder.self_attn.out_proj.weight.zero_()
    model.encoder.self_attn.out_proj.bias.zero_()
    model.classifier.weight.zero_()
    model.classifier.bias.zero_()
    model.classifier.weight[0, 0] = 2.0
    model.classifier.weight[1, 0] = -2.0

ids = torch.tensor([[2, 5, 3, 0], [2, 9, 10, 3]])
mask = torch.tensor([[1, 1, 1, 0], [1, 1, 1, 1]])
traced = torch.jit.trace(model, (ids, mask), check_trace=False)
traced.save("model.pt")
print("logits", traced(ids, mask).tolist())

tokenizer = {
    "version": "1.0",
    "truncation": None,
    "padding": None,
    "added_tokens": [{"id": i, "content": t, "single_word": False, "lstrip": False, "rstrip": False,
                      "normalized": False, "special": True} for i, t in enumerate(SPECIAL)],
    "normalizer": {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True,
                   "strip_accents": None, "lowercase": True},
    "pre_tokenizer": {"type": "BertPreTokenizer"},
    "post_processor": {"type": "BertProcessing", "sep": ["[SEP]", 3], "cls": ["[CLS]", 2]},
    "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": True},
    "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
              "max_input_chars_per_word": 100, "vocab": {t: i for i, t in enumerate(VOCAB)}},
}
with open("tokenizer.json", "w", encoding="utf-8") as f:
    json.dump(tokenizer, f, ensure_ascii=False, indent=1)
