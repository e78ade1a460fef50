"""Feature variants for the tone head, compared by cross-validation (session 2; README "Sentiment", what was tried).

    PYTHONPATH=src .venv/bin/python tools/tone_experiments.py [--data ../shared/data/newsmtsc] [--work /tmp/tone-experiments]

Not used at run time and changes nothing in the repository: it prints, for each variant of input and pooling, the
five-fold cross-validated macro-F1 on NewsMTSC train (whole articles per fold, seeded) and Cohen's kappa / accuracy
on the hand-coded key's DEV part (`tests/keys/tone_targets.csv`, split == dev; the held-out part is never read).
NewsMTSC dev is not read either. Encoding 9,000 targets three times takes several minutes; the pooled states are
cached (float16) in the work folder.

Input variants (one encoder pass per target): `plain` (the sentence), `marked` (the mention between `[` and `]`),
`masked` (the mention replaced by one [MASK] piece). Pools: `mean` (window), `ment` (mention), `l3`/`r3`,
`l6`/`r6`, `l12`/`r12` (pieces left / right of the mention), `l6+r6` (both sides pooled together), plus two VADER scores.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from train_tone import article_of, fit_head, macro_f1  # noqa: E402

from helpers import tone_model as tm  # noqa: E402
from helpers.sentiment import cohen_kappa  # noqa: E402
from helpers.tone_evaluation import newsmtsc_dir, read_newsmtsc, read_tone_key  # noqa: E402
from helpers.tone_model import LABELS, predict_proba  # noqa: E402

MASK = 103
SEED, FOLDS = 14, 5
MLP = {"hidden": 256, "decay": 1e-1, "epochs": 20}
LOGISTIC = {"hidden": 0, "decay": 3e-2, "epochs": 60}
BASE = ["mean", "ment", "l6+r6"]
EXPERIMENTS = [  # (name, input variant, pools, heads)
    ("committed features", "plain", BASE, (MLP, LOGISTIC)),
    ("left and right 6 apart", "plain", ["mean", "ment", "l6", "r6"], (MLP,)),
    ("+ 3 and 12 either side", "plain", BASE + ["l3", "r3", "l12", "r12"], (MLP,)),
    ("3, 6, 12 left and right apart", "plain", ["mean", "ment", "l3", "r3", "l6", "r6", "l12", "r12"], (LOGISTIC,)),
    ("mention in [ ] markers", "marked", BASE, (MLP, LOGISTIC)),
    ("mention masked", "masked", BASE, (MLP, LOGISTIC)),
]


def variant_windows(frame, variant: str) -> list[tuple[list[int], int, int]]:
    """Per target: the window's piece ids under `variant` and the mention's first and last piece in it."""
    vocab, out = tm.vocabulary(), []
    for text, start, end in zip(frame["text"], frame["target_start"].astype(int), frame["target_end"].astype(int)):
        ids, spans = tm.wordpieces(text)
        hits = [i for i, (a, b) in enumerate(spans) if a < end and b > start]
        first, last = (hits[0], hits[-1]) if hits else (0, max(len(ids) - 1, 0))
        if variant == "marked":
            ids = ids[:first] + [vocab["["]] + ids[first:last + 1] + [vocab["]"]] + ids[last + 1:]
            first, last = first + 1, last + 1
        elif variant == "masked":
            ids, last = ids[:first] + [MASK] + ids[last + 1:], first
        lo, hi = tm._window(len(ids), max(first - 1, 0), min(last + 1, max(len(ids) - 1, 0)))
        out.append((ids[lo:hi], first - lo, last - lo))
    return out


def pooled_states(windows) -> dict[str, np.ndarray]:
    """The named pools of each window's token states (float16), [CLS] included."""
    states = tm.encode_windows([w for w, _, _ in windows])
    pools: dict[str, list] = {k: [] for k in ("mean", "ment", "l3", "r3", "l6", "r6", "l12", "r12", "l6+r6")}
    zero = np.zeros(384, np.float32)
    for tok, (_, f, l) in zip(states, windows):
        def mean(a):
            return a.mean(0) if len(a) else zero
        pools["mean"].append(mean(tok))
        pools["ment"].append(mean(tok[f:l + 1]))
        for k in (3, 6, 12):
            pools[f"l{k}"].append(mean(tok[max(0, f - k):f]))
            pools[f"r{k}"].append(mean(tok[l + 1:l + 1 + k]))
        pools["l6+r6"].append(mean(np.concatenate([tok[max(0, f - 6):f], tok[l + 1:l + 7]])))
    return {k: np.array(v, np.float16) for k, v in pools.items()}


def vader_scores(frame) -> np.ndarray:
    """VADER compound of the sentence and of the mention with six words either side."""
    vader = tm._vader()
    rows = []
    for text, start, end in zip(frame["text"], frame["target_start"].astype(int), frame["target_end"].astype(int)):
        near = " ".join(text[:start].split()[-6:] + [text[start:end]] + text[end:].split()[:6])
        rows.append([vader(text), vader(near)])
    return np.array(rows, np.float32)


def cached_pools(name: str, frame, variant: str, work: Path) -> dict[str, np.ndarray]:
    path = work / f"{name}_{variant}.npz"
    if not path.exists():
        np.savez(path, **pooled_states(variant_windows(frame, variant)))
    return dict(np.load(path))


def article_folds(ids, k: int = FOLDS, seed: int = SEED) -> np.ndarray:
    articles = sorted({article_of(i) for i in ids})
    order = np.random.default_rng(seed).permutation(len(articles))
    fold_of = {articles[j]: i % k for i, j in enumerate(order)}
    return np.array([fold_of[article_of(i)] for i in ids])


def evaluate(x, y, folds, xk, yk, head: dict) -> dict[str, float]:
    """Cross-validated macro-F1 on NewsMTSC train; kappa and accuracy on the key's dev part of a head fit on all."""
    pred = np.zeros(len(y), int)
    for i in np.unique(folds):
        pred[folds == i] = predict_proba(x[folds == i], fit_head(x[folds != i], y[folds != i], **head)).argmax(1)
    key_pred = predict_proba(xk, fit_head(x, y, **head)).argmax(1)
    names = np.array(LABELS)
    return {"cv_macro_f1": macro_f1(y, pred), "key_dev_kappa": cohen_kappa(names[yk], names[key_pred]),
            "key_dev_accuracy": float(np.mean(key_pred == yk))}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=newsmtsc_dir())
    parser.add_argument("--work", type=Path, default=Path("/tmp/tone-experiments"))
    parser.add_argument("--limit", type=int, default=0, help="first N training targets only (a smoke test)")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    train = read_newsmtsc(args.data / "train.jsonl")
    train = train.head(args.limit) if args.limit else train
    key = read_tone_key(ROOT / "tests" / "keys" / "tone_targets.csv", "dev")
    y = np.array([LABELS.index(g) for g in train["gold"]])
    yk = np.array([LABELS.index(g) for g in key["gold"]])
    folds, tag = article_folds(train["id"]), f"limit{args.limit}" if args.limit else "all"
    vader, vader_key = vader_scores(train), vader_scores(key)
    for name, variant, pools, heads in EXPERIMENTS:
        tp, kp = cached_pools(f"train-{tag}", train, variant, args.work), cached_pools("keydev", key, variant, args.work)
        x = np.hstack([tp[p].astype(np.float32) for p in pools] + [vader])
        xk = np.hstack([kp[p].astype(np.float32) for p in pools] + [vader_key])
        for head in heads:
            scores = evaluate(x, y, folds, xk, yk, head)
            kind = f"MLP {head['hidden']}" if head["hidden"] else "logistic"
            print(f"{name:<32} {kind:<9} " + "  ".join(f"{k} {v:.3f}" for k, v in scores.items()), flush=True)


if __name__ == "__main__":
    main()
