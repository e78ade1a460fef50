"""Scoring tone toward a target against labelled data (used by tests, benchmarks and tools/train_tone.py).

Two kinds of labelled data:
- NewsMTSC (`read_newsmtsc`): JSON lines with sentence, from, to, polarity -1/0/1 (MIT; kept outside the repo);
- the project's hand-coded key (`read_tone_key`): CSV with sentence, target_start, target_end, label, split.
Both become a frame with columns text, target_start, target_end, gold (negative, neutral, positive).
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pandas as pd

from .sentiment import cohen_kappa, target_tone

LABELS = ("negative", "neutral", "positive")


def newsmtsc_dir() -> Path:
    """Where NewsMTSC's splits are: $NEWSMTSC_DIR, else ../shared/data/newsmtsc beside the project (never needed
    at run time; tests that need it are skipped where it is absent)."""
    from .paths import PROJECT_ROOT

    return Path(os.environ.get("NEWSMTSC_DIR") or PROJECT_ROOT.parent / "shared" / "data" / "newsmtsc")


def read_newsmtsc(path: str | Path) -> pd.DataFrame:
    """One row per target of a NewsMTSC JSON-lines file."""
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    return pd.DataFrame({"text": [r["sentence"] for r in rows], "target_start": [r["from"] for r in rows],
                         "target_end": [r["to"] for r in rows], "gold": [LABELS[int(r["polarity"]) + 1] for r in rows],
                         "id": [r.get("id", "") for r in rows]})


def read_tone_key(path: str | Path, split: str | None = None) -> pd.DataFrame:
    """The hand-coded key (optionally one split: dev or heldout) in the common columns, plus the key's own."""
    key = pd.read_csv(path, comment="#", keep_default_na=False)
    if split is not None:
        key = key[key["split"] == split]
    return key.rename(columns={"sentence": "text", "label": "gold"}).reset_index(drop=True)


def macro_f1(gold, predicted, labels=LABELS) -> float:
    """Mean over `labels` of each label's F1 (0 for a label never predicted nor present)."""
    gold, predicted = np.asarray(gold), np.asarray(predicted)
    scores = []
    for label in labels:
        tp = np.sum((predicted == label) & (gold == label))
        precision, recall = tp / max(np.sum(predicted == label), 1), tp / max(np.sum(gold == label), 1)
        scores.append(0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall))
    return float(np.mean(scores))


def agreement_scores(gold, predicted) -> dict[str, float]:
    """macro-F1, accuracy and Cohen's kappa of predicted labels against gold ones."""
    gold, predicted = list(gold), list(predicted)
    return {"macro_f1": macro_f1(gold, predicted), "accuracy": float(np.mean([g == p for g, p in zip(gold, predicted)])),
            "kappa": float(cohen_kappa(gold, predicted))}


def score_methods(frame: pd.DataFrame, methods=("model", "vader", "textblob")) -> dict[str, dict[str, float]]:
    """Each method's agreement with `gold`, plus the majority baseline (the most frequent gold label)."""
    majority = frame["gold"].mode()[0]
    out = {"majority baseline": {**agreement_scores(frame["gold"], [majority] * len(frame)), "n": len(frame)}}
    for method in methods:
        out[method] = {**agreement_scores(frame["gold"], target_tone(frame, method)["label"]), "n": len(frame)}
    return out
