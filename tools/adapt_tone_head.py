"""Adapt the tone model's linear head to the project's coding convention: refit it on NewsMTSC's training split
plus the hand-coded key's dev rows, anchored to the head trained with the fine-tuned layers (training only: torch).

    PYTHONPATH=src nice .venv/bin/python tools/adapt_tone_head.py [--data ../shared/data/newsmtsc] [--file FILE]

Run after `tools/train_tone.py` (which writes the fine-tuned layers and their NewsMTSC head); about 5 CPU-minutes.
Why: the key's coding guide (tests/keys/TONE_GUIDE.md) calls a plainly reported target neutral even in a grim
sentence (victims, things that happen to it), while NewsMTSC's coders often called such targets negative; on the
key's dev rows the fine-tuned model's commonest error is a neutral target read as negative or positive.

1. Features of every target are the run-time ones (`helpers.tone_model.target_features`: the committed layers),
   for NewsMTSC train and dev and the key's rows with split == "dev" (the held-out rows are never read).
2. The head (one linear layer, softmax) is refit by L-BFGS on the NewsMTSC train rows the layers were fine-tuned on
   (train less the 12% of its articles `tools/train_tone.py` keeps apart; class-balanced weights, as there) plus
   the key's dev rows (weight `KEY_WEIGHT` a row, against a mean NewsMTSC weight of 1), with an L2 penalty
   `ANCHOR` * ||W - W0||^2 pulling it toward the NewsMTSC head W0 (`base_head_w`, `base_head_b`, kept in the file
   so a rerun starts from the same anchor). The 12% kept apart are scored by the final head (never fit on).
3. Before the final fit, `KEY_WEIGHT` is chosen among `KEY_WEIGHTS` by five-fold cross-validation on the key's dev
   rows (folds of whole sentences, two seeds; no dev row is scored by a head that saw it), and the chosen
   weight's cross-validated kappa / accuracy and leave-one-event-kind-out kappa are printed and written to `meta`.
NewsMTSC dev is scored once, by the final head, and never used for a choice.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from helpers.tone_evaluation import agreement_scores, newsmtsc_dir, read_newsmtsc, read_tone_key  # noqa: E402
from helpers.tone_model import HEAD_FILE, LABELS, target_features, tone_head  # noqa: E402
from train_tone import HOLDOUT_SHARE, SEED, article_of  # noqa: E402

KEY = ROOT / "tests" / "keys" / "tone_targets.csv"
KEY_WEIGHTS = (5, 10)  # candidate weights of a key dev row against a NewsMTSC row, chosen by CV
ANCHOR = 1e-2  # L2 pull toward the NewsMTSC head (session 4: 1e-3 and 3e-3 moved NewsMTSC further, no better key CV)
FOLDS, SEEDS = 5, (0, 1)


def labelled(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Run-time features and label indices of a frame with text, target_start, target_end, gold."""
    x = target_features(frame["text"].tolist(), frame["target_start"].to_numpy(), frame["target_end"].to_numpy())
    return x.astype(np.float64), np.array([LABELS.index(g) for g in frame["gold"]])


def newsmtsc_train(path: Path) -> tuple[tuple, tuple]:
    """(features, labels, class-balanced row weights) of NewsMTSC train less its kept-apart 12%, and of that 12%
    (the same seeded article draw as tools/train_tone.py)."""
    frame = read_newsmtsc(path)
    articles = frame["id"].map(article_of)
    names = sorted(set(articles))
    held = articles.isin(set(np.random.default_rng(SEED).choice(names, int(len(names) * HOLDOUT_SHARE), replace=False)))
    x, y = labelled(frame)
    keep = ~held.to_numpy()
    weights = (len(y[keep]) / (len(LABELS) * np.bincount(y[keep], minlength=len(LABELS))))[y[keep]]
    return (x[keep], y[keep], weights), (x[~keep], y[~keep])


def fit_head(sets: list[tuple[np.ndarray, np.ndarray, np.ndarray]], anchor: tuple[np.ndarray, np.ndarray]):
    """Weighted cross-entropy over (features, labels, row weights) sets plus ANCHOR * squared distance to `anchor`;
    L-BFGS from the anchor (deterministic). Returns (W, b) as float32 arrays."""
    import torch

    x = torch.from_numpy(np.concatenate([s[0] for s in sets]))
    t = torch.from_numpy(np.concatenate([s[1] for s in sets]))
    w = torch.from_numpy(np.concatenate([np.broadcast_to(np.asarray(s[2], np.float64), s[1].shape) for s in sets]))
    w0, b0 = (torch.from_numpy(np.ascontiguousarray(a, dtype=np.float64)) for a in anchor)
    W, b = w0.clone().requires_grad_(), b0.clone().requires_grad_()
    opt = torch.optim.LBFGS([W, b], max_iter=200, line_search_fn="strong_wolfe")

    def closure():
        opt.zero_grad()
        loss = (torch.nn.functional.cross_entropy(x @ W + b, t, reduction="none") * w).sum() / w.sum()
        loss = loss + ANCHOR * (((W - w0) ** 2).sum() + ((b - b0) ** 2).sum())
        loss.backward()
        return loss

    opt.step(closure)
    return W.detach().numpy().astype(np.float32), b.detach().numpy().astype(np.float32)


def scores(y: np.ndarray, pred: np.ndarray) -> dict[str, float]:
    return agreement_scores(np.array(LABELS)[y], np.array(LABELS)[pred])


def cross_validated(key: tuple, folds: np.ndarray, train: tuple, anchor, weight: float) -> dict[str, float]:
    """Scores of key rows, each predicted by a head fit without its fold."""
    (xk, yk), pred = key, np.zeros(len(key[1]), int)
    for fold in np.unique(folds):
        out = folds == fold
        W, b = fit_head([train, (xk[~out], yk[~out], weight)], anchor)
        pred[out] = (xk[out] @ W + b).argmax(1)
    return scores(yk, pred)


def choose_weight(key_frame: pd.DataFrame, key: tuple, train: tuple, anchor) -> tuple[float, dict]:
    """The key row weight with the best mean CV kappa, and the CV figures of every candidate."""
    sentence = pd.factorize(key_frame["text"])[0]  # both targets of one sentence stay in one fold
    report = {}
    for weight in KEY_WEIGHTS:
        runs = [cross_validated(key, (np.random.default_rng(s).permutation(sentence.max() + 1) % FOLDS)[sentence],
                                train, anchor, weight) for s in SEEDS]
        report[weight] = {m: round(float(np.mean([r[m] for r in runs])), 4) for m in ("kappa", "accuracy")}
        print(f"  key weight {weight}: CV kappa {report[weight]['kappa']:.3f} accuracy {report[weight]['accuracy']:.3f}",
              flush=True)
    best = max(KEY_WEIGHTS, key=lambda w: report[w]["kappa"])
    events = cross_validated(key, pd.factorize(key_frame["event_kind"])[0], train, anchor, best)
    report["leave_one_event_kind_out"] = {m: round(events[m], 4) for m in ("kappa", "accuracy")}
    return best, report


def main(argv=None) -> None:
    import torch

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=newsmtsc_dir())
    parser.add_argument("--file", type=Path, default=HEAD_FILE)
    args = parser.parse_args(argv)
    torch.set_num_threads(2)
    arrays = dict(tone_head()) if args.file == HEAD_FILE else dict(np.load(args.file))
    anchor = (arrays.get("base_head_w", arrays["head_w"]), arrays.get("base_head_b", arrays["head_b"]))
    key_frame = read_tone_key(KEY, "dev")
    key, (train, apart) = labelled(key_frame), newsmtsc_train(args.data / "train.jsonl")
    dev = labelled(read_newsmtsc(args.data / "dev.jsonl"))
    weight, report = choose_weight(key_frame, key, train, anchor)
    W, b = fit_head([train, (*key, weight)], anchor)
    meta = json.loads(str(arrays["meta"]))
    meta["head_adaptation"] = {"key_weight": weight, "anchor": ANCHOR, "key_dev_rows": len(key[1]),
                               "cv": {str(k): v for k, v in report.items()},
                               "heldout_macro_f1": round(scores(apart[1], (apart[0] @ W + b).argmax(1))["macro_f1"], 4),
                               "dev_macro_f1": round(scores(dev[1], (dev[0] @ W + b).argmax(1))["macro_f1"], 4)}
    print(json.dumps(meta["head_adaptation"]))
    arrays.update(base_head_w=anchor[0], base_head_b=anchor[1], head_w=W, head_b=b, meta=np.array(json.dumps(meta)))
    np.savez_compressed(args.file, **arrays)
    print(f"wrote {args.file} ({args.file.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    os.nice(10)
    main()
