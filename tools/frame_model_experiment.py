"""Would a learned frame classifier carry over to unseen sentences better than the cue rules? (session 3; README
"Frames: how far to trust them", what was tried and not kept)

    PYTHONPATH=src .venv/bin/python tools/frame_model_experiment.py

Changes nothing in the repository and is not used at run time. Each development key's sentences (the general keys and
the five event corpora's keys; the default corpus's key is left out, it was coded with other frames) are embedded
with the project's MiniLM encoder (the mean of the sentence's token states, unit length); one logistic regression per
frame (numpy, seeded by construction: zero start, full-batch gradient descent) is trained on every other key and
scored on the key left out. Printed per key: micro F1 of the cue rules (revised on most of these keys, so an upper
bound there), of the model alone and of the union of both, at two decision thresholds. The held-out keys are never read.
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from frame_errors import DEV_KEYS, read_key  # noqa: E402
from helpers.evaluation import score_frames  # noqa: E402
from helpers.tone_model import encode_windows, wordpieces  # noqa: E402

THRESHOLDS = (0.5, 0.3)


def key_sentences() -> pd.DataFrame:
    """One row per key sentence: key, sentence_id, text, truth (set), rules (the frames the cue rules give)."""
    rows = []
    for name in DEV_KEYS:
        if name == "istanbul":
            continue
        k = read_key(name)
        rows += [{"key": name, "sentence_id": s, "text": k["text"][s], "truth": t, "rules": k["found"].get(s, set())}
                 for s, t in k["truth"].items()]
    return pd.DataFrame(rows)


def sentence_vectors(texts: list[str]) -> np.ndarray:
    """Unit-length mean token states of each sentence (at most 126 word pieces)."""
    states = encode_windows([wordpieces(t)[0][:126] for t in texts])
    vectors = np.stack([s.mean(0) for s in states])
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def fit_logistic(x: np.ndarray, y: np.ndarray, steps: int = 2000, rate: float = 2.0, l2: float = 1e-3):
    """Weights and bias of a logistic regression by full-batch gradient descent on centred inputs."""
    mean = x.mean(0)
    xc = x - mean
    w, b = np.zeros(x.shape[1]), float(np.log((y.mean() + 1e-3) / (1 - y.mean() + 1e-3)))
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(xc @ w + b)))
        w -= rate * (xc.T @ (p - y) / len(y) + l2 * w)
        b -= rate * float((p - y).mean())
    return w, b - mean @ w


def left_out_scores(data: pd.DataFrame, x: np.ndarray, frame_ids: list[str]) -> pd.DataFrame:
    """Per key left out: micro F1 of the rules, of the model trained on the other keys, and of their union."""
    y = np.array([[f in t for f in frame_ids] for t in data["truth"]], float)
    rows = []
    for key in sorted(data["key"].unique()):
        train, test = (data["key"] != key).to_numpy(), (data["key"] == key).to_numpy()
        prob = np.zeros((test.sum(), len(frame_ids)))
        for j in range(len(frame_ids)):
            if y[train, j].sum() >= 3:  # a frame too rare to learn is left to the rules
                w, b = fit_logistic(x[train], y[train, j])
                prob[:, j] = 1 / (1 + np.exp(-(x[test] @ w + b)))
        part = data[test]
        truth, rules = dict(zip(part["sentence_id"], part["truth"])), dict(zip(part["sentence_id"], part["rules"]))
        row = {"key": key, "rules": score_frames(truth, rules, frame_ids)["micro_f1"]}
        for threshold in THRESHOLDS:
            model = {s: {f for j, f in enumerate(frame_ids) if prob[i, j] >= threshold} for i, s in enumerate(part["sentence_id"])}
            row[f"model@{threshold}"] = score_frames(truth, model, frame_ids)["micro_f1"]
            row[f"union@{threshold}"] = score_frames(truth, {s: rules[s] | model[s] for s in truth}, frame_ids)["micro_f1"]
        rows.append(row)
    return pd.DataFrame(rows).round(3)


def main() -> None:
    data = key_sentences()
    frame_ids = sorted(set().union(*data["truth"], *data["rules"]))
    print(left_out_scores(data, sentence_vectors(list(data["text"])), frame_ids).to_string(index=False))


if __name__ == "__main__":
    main()
