"""Train the tone head committed as src/helpers/models/tone_head.npz (reproducible, seeded, numpy only).

    PYTHONPATH=src .venv/bin/python tools/train_tone.py [--data ../shared/data/newsmtsc] [--out src/helpers/models/tone_head.npz]

Takes a few minutes on 2 cores (encoding 9,000 targets, then a small grid of heads).

Data: NewsMTSC (Hamborg & Donnay, EACL 2021; MIT), `train.jsonl` and `dev.jsonl` (one target mention a row:
sentence, from, to, polarity -1/0/1). Not needed at run time.

Protocol:
- `train.jsonl` is split by article (seeded, HOLDOUT_SHARE of the articles) into a fit part and a HELD-OUT part
  that no choice ever sees; the held-out part is scored once, by the final head, and printed.
- Every choice (head kind, hidden size, weight decay, epochs) is made on `dev.jsonl` only (macro-F1).
- The final head is the best choice refit on the fit part with the same seed.
Features come from `helpers.tone_model.target_features` (frozen encoder from a wheel); they are cached in a
temporary folder keyed by the data's sha256, never in the repository.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # small matrices: one BLAS thread is fastest and reproducible
import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from helpers.tone_evaluation import macro_f1 as label_macro_f1  # noqa: E402
from helpers.tone_evaluation import newsmtsc_dir  # noqa: E402
from helpers.tone_model import HEAD_FILE, LABELS, predict_proba, target_features  # noqa: E402

SEED = 14
HOLDOUT_SHARE = 0.12
GRID = [{"hidden": 0, "decay": 3e-2, "epochs": 60}, {"hidden": 128, "decay": 1e-1, "epochs": 30},
        {"hidden": 256, "decay": 1e-1, "epochs": 20}, {"hidden": 256, "decay": 3e-2, "epochs": 20}]


def read_split(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def article_of(row_id: str) -> str:
    return "_".join(row_id.split("_")[:3])


def features(rows: list[dict], data_path: Path) -> np.ndarray:
    """target_features of the rows, cached in the temp folder by the file's sha256 (never in the repo)."""
    digest = hashlib.sha256(data_path.read_bytes() + Path(sys.modules["helpers.tone_model"].__file__).read_bytes())
    cache = Path(tempfile.gettempdir()) / f"tone-features-{digest.hexdigest()[:16]}.npy"
    if cache.exists():
        return np.load(cache)
    x = target_features([r["sentence"] for r in rows], [r["from"] for r in rows], [r["to"] for r in rows])
    np.save(cache, x)
    return x


def labels_of(rows: list[dict]) -> np.ndarray:
    return np.array([int(r["polarity"]) + 1 for r in rows])  # -1/0/1 -> index of LABELS


def macro_f1(y: np.ndarray, pred: np.ndarray) -> float:
    """macro-F1 of label indices (helpers.tone_evaluation.macro_f1 on their names)."""
    return label_macro_f1(np.array(LABELS)[y], np.array(LABELS)[pred])


def fit_head(x: np.ndarray, y: np.ndarray, hidden: int, decay: float, epochs: int, seed: int = SEED) -> dict:
    """Standardise, then (ReLU layer ->) softmax, class-balanced cross-entropy, Adam, mini-batches of 64."""
    rng = np.random.default_rng(seed)
    mean, scale = x.mean(0), x.std(0) + 1e-6
    z = (x - mean) / scale
    weight = (len(y) / (len(LABELS) * np.bincount(y, minlength=len(LABELS))))[y]
    dims = [z.shape[1], hidden, len(LABELS)] if hidden else [z.shape[1], len(LABELS)]
    params = [p for a, b in zip(dims, dims[1:]) for p in (rng.normal(0, np.sqrt(2 / a), (a, b)), np.zeros(b))]
    m1 = [np.zeros_like(p) for p in params]
    m2 = [np.zeros_like(p) for p in params]
    step = 0
    for _ in range(epochs):
        for idx in np.array_split(rng.permutation(len(y)), max(1, len(y) // 64)):
            grads = _gradients(params, z[idx], y[idx], weight[idx], decay)
            step += 1
            for i, g in enumerate(grads):
                m1[i] = 0.9 * m1[i] + 0.1 * g
                m2[i] = 0.999 * m2[i] + 0.001 * g * g
                params[i] -= 1e-3 * (m1[i] / (1 - 0.9 ** step)) / (np.sqrt(m2[i] / (1 - 0.999 ** step)) + 1e-8)
    head = {"mean": mean.astype(np.float32), "scale": scale.astype(np.float32)}
    names = ["w1", "b1", "w2", "b2"] if hidden else ["w2", "b2"]
    head.update({n: p.astype(np.float32) for n, p in zip(names, params)})
    return head


def _gradients(params, z, y, w, decay):
    """Gradients of the weighted mean cross-entropy plus decay * |W|^2 / 2."""
    acts = [z]
    for i in range(0, len(params) - 2, 2):
        acts.append(np.maximum(acts[-1] @ params[i] + params[i + 1], 0))
    logits = acts[-1] @ params[-2] + params[-1]
    p = np.exp(logits - logits.max(1, keepdims=True))
    p /= p.sum(1, keepdims=True)
    p[np.arange(len(y)), y] -= 1
    delta = p * w[:, None] / w.sum()
    grads = []
    for i in range(len(params) - 2, -1, -2):
        grads = [acts[i // 2].T @ delta + decay * params[i], delta.sum(0)] + grads
        if i:
            delta = (delta @ params[i].T) * (acts[i // 2] > 0)
    return grads


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=newsmtsc_dir(), help="NewsMTSC folder ($NEWSMTSC_DIR or ../shared)")
    parser.add_argument("--out", type=Path, default=HEAD_FILE)
    args = parser.parse_args(argv)
    train, dev = read_split(args.data / "train.jsonl"), read_split(args.data / "dev.jsonl")
    x, y = features(train, args.data / "train.jsonl"), labels_of(train)
    xd, yd = features(dev, args.data / "dev.jsonl"), labels_of(dev)
    articles = sorted({article_of(r["id"]) for r in train})
    held = set(np.random.default_rng(SEED).choice(articles, int(len(articles) * HOLDOUT_SHARE), replace=False))
    is_held = np.array([article_of(r["id"]) in held for r in train])
    fit_x, fit_y = x[~is_held], y[~is_held]
    results = []
    for choice in GRID:
        head = fit_head(fit_x, fit_y, **choice)
        results.append((macro_f1(yd, predict_proba(xd, head).argmax(1)), choice))
        print(f"dev macro-F1 {results[-1][0]:.3f}  {choice}", flush=True)
    best_f1, best = max(results, key=lambda r: r[0])
    head = fit_head(fit_x, fit_y, **best)
    held_f1 = macro_f1(y[is_held], predict_proba(x[is_held], head).argmax(1))
    majority = macro_f1(y[is_held], np.full(is_held.sum(), np.bincount(fit_y).argmax()))
    print(f"chosen {best}: dev macro-F1 {best_f1:.3f}; held-out part of train ({is_held.sum()} targets, "
          f"{len(held)} articles) macro-F1 {held_f1:.3f} (majority {majority:.3f})")
    meta = {"seed": SEED, "holdout_share": HOLDOUT_SHARE, **best, "dev_macro_f1": best_f1, "heldout_macro_f1": held_f1,
            "heldout_targets": int(is_held.sum())}
    np.savez_compressed(args.out, **head, meta=np.array(json.dumps(meta)))
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
