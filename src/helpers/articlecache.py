"""A generic per-article cache for the per-sentence parts of the analysis steps (numbers, tone, frames, quotes).

`per_article(fn, frame, *args)` returns `fn(frame, *args)` for a function whose output rows each belong to one
article (an `article_id` column) and depend only on that article's input rows and on `args`. With a cache folder
(`$NEWSCOMPARE_CACHE_DIR`, which the runner sets to reports/<corpus>/cache), each article's output is kept under
a key made of its input rows, the arguments, the function's name and the package's code; a run computes `fn`
only on the articles not found there, so changing one file of thousands recomputes one article's rows. Without a
cache folder it is exactly `fn(frame, *args)`. A damaged entry is computed again.
The articles to compute are cut into parts computed at once on the usable cores (`computed_in_parts`) for the
pure-Python functions named in `PARALLEL_SAFE`; the rows are those of one call.
"""
from __future__ import annotations

import dataclasses
import hashlib
import os
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd

from .filecache import CACHE_ENV, read_entry, write_entry


def package_version() -> str:
    """sha256 of every module of this package: a change to any code clears the per-article cache."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _arg_digest(value) -> str:
    """A digest of an argument that depends on its content only (never on display options or hash seeds): tables
    by their rows, index and columns; arrays by their values; dataclasses by their fields; containers element by
    element."""
    if isinstance(value, np.ndarray):  # by its values (repr shortens a large array: two models would share a key)
        return hashlib.sha256(f"{value.dtype}{value.shape}".encode() + np.ascontiguousarray(value).tobytes()).hexdigest()
    if isinstance(value, pd.Series):
        value = value.to_frame()
    if isinstance(value, pd.DataFrame):  # cells that are sets are written in sorted order (never in hash order)
        frame = value.apply(lambda column: column.map(_canonical) if column.dtype == object else column.astype(str))
        rows = pd.util.hash_pandas_object(frame, index=True).to_numpy().tobytes()
        return hashlib.sha256(repr(list(frame.columns)).encode() + rows).hexdigest()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        parts = [f.name + "=" + _arg_digest(getattr(value, f.name)) for f in dataclasses.fields(value)]
    elif isinstance(value, dict):
        parts = sorted(_arg_digest(k) + ":" + _arg_digest(v) for k, v in value.items())
    elif isinstance(value, (set, frozenset)):
        parts = sorted(_arg_digest(v) for v in value)
    elif isinstance(value, (list, tuple)):
        parts = [_arg_digest(v) for v in value]
    else:
        return hashlib.sha256(repr(value).encode()).hexdigest()
    return hashlib.sha256((type(value).__name__ + "(" + ",".join(parts) + ")").encode()).hexdigest()


def _canonical(value) -> str:
    """A cell as text, the same in every process: a set's members sorted."""
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(sorted(_canonical(v) for v in value)) + "}"
    if isinstance(value, (list, tuple)):
        return type(value).__name__ + "(" + ", ".join(_canonical(v) for v in value) + ")"
    if isinstance(value, dict):
        return "{" + ", ".join(sorted(f"{_canonical(k)}: {_canonical(v)}" for k, v in value.items())) + "}"
    return str(value)


def article_keys(frame: pd.DataFrame, salt: str) -> pd.Series:
    """One key per article of `frame` (index article_id, in order of first appearance): sha256 of its rows."""
    hashes = pd.Series(pd.util.hash_pandas_object(frame.astype(str), index=False).to_numpy(), index=frame.index)
    return hashes.groupby(frame["article_id"], sort=False).agg(
        lambda h: hashlib.sha256(salt.encode() + h.to_numpy().tobytes()).hexdigest())


# Per-article functions that may run in forked worker processes: pure Python and pandas, no native thread pool
# (the tone model's onnxruntime session does not survive a fork) and no state outside their arguments. Each is
# named by module and name, and `only_with` a keyword argument's value it must be called with ("" for any; the
# frame model's "model" methods use onnxruntime); any other function always runs in this process.
PARALLEL_SAFE = pd.DataFrame([
    ("helpers.attribution", "read_blocks", "", "who speaks in each paragraph: regular expressions per sentence"),
    ("helpers.attribution", "resolve_speakers", "", "each article's speakers resolved: plain Python per sentence"),
    ("helpers.attribution", "described_names", "", "names and acronyms an article describes: regular expressions"),
    ("helpers.facts", "number_mentions", "", "figures, their quantity and context: regular expressions per sentence"),
    ("helpers.framing", "sentence_frames", "method=rules", "frame cues per sentence: regular expressions"),
    ("helpers.framing", "lead_parts", "", "headline and lead emphasis: regular expressions"),
    ("helpers.framing", "term_matches", "", "contested terms per sentence: regular expressions"),
    ("helpers.readability", "text_scores", "", "textstat scores per article"),
], columns=["module", "name", "only_with", "why"])
PARALLEL_FROM = 100  # missing articles; below this a worker process costs more than it saves
WORKERS_ENV = "NEWSCOMPARE_WORKERS"  # at most this many processes for the per-article parts (1: none)


def parallel_safe(fn: Callable, kwargs: dict) -> bool:
    """Whether `fn` called with `kwargs` is in PARALLEL_SAFE (its `only_with` argument, else its default, as named)."""
    import inspect

    rows = PARALLEL_SAFE[(PARALLEL_SAFE["module"] == getattr(fn, "__module__", None))
                         & (PARALLEL_SAFE["name"] == getattr(fn, "__qualname__", None))]
    for condition in rows["only_with"]:
        if not condition:
            return True
        name, _, value = condition.partition("=")
        try:
            default = inspect.signature(fn).parameters[name].default
        except (KeyError, TypeError, ValueError):
            continue
        if kwargs.get(name, default) == value:
            return True
    return False


def _workers(fn: Callable, n_articles: int, kwargs: dict) -> int:
    """How many processes compute `fn` over `n_articles` missing articles: the usable cores for a function of
    PARALLEL_SAFE from PARALLEL_FROM articles, else 1."""
    if n_articles < PARALLEL_FROM or not parallel_safe(fn, kwargs):
        return 1
    return max(1, min(usable_cores(), n_articles // (PARALLEL_FROM // 2)))


def usable_cores() -> int:
    """The cores this process may use (its CPU affinity), capped by a user's `$NEWSCOMPARE_WORKERS` (1: one)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    asked = os.environ.get(WORKERS_ENV, "").strip()  # a user's cap (1: everything in this process)
    return max(1, min(cores, int(asked)) if asked.isdigit() and int(asked) >= 1 else cores)


def article_chunks(frame: pd.DataFrame, n: int) -> list[pd.DataFrame]:
    """`frame` cut into at most `n` parts of whole articles (in order of first appearance) of about the same number
    of rows; each part keeps its rows in the frame's order."""
    sizes = frame.groupby("article_id", sort=False).size()
    part_of = ((sizes.cumsum() - sizes) * n // max(len(frame), 1)).clip(upper=n - 1)
    part = frame["article_id"].map(part_of).to_numpy()
    return [frame[part == k] for k in range(n) if (part == k).any()]


def computed_in_parts(fn: Callable, frame: pd.DataFrame, args: tuple, kwargs: dict) -> pd.DataFrame:
    """fn(frame, *args, **kwargs) for a function whose rows each depend on one article's rows: with several usable
    cores and a PARALLEL_SAFE function, the articles are cut into one part per core, one computed here and the others
    in forked worker processes at the same time, and the parts' rows joined in order (each article's rows as `fn`
    gives them). Whenever the parts cannot be sent or joined exactly (a worker fails, the parts' column types
    differ), the whole frame is computed here: the result is always what one call gives."""
    n = _workers(fn, frame["article_id"].nunique(), kwargs)
    if n <= 1:
        return fn(frame, *args, **kwargs)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    chunks = article_chunks(frame, n)
    if len(chunks) < 2:
        return fn(frame, *args, **kwargs)
    try:
        with ProcessPoolExecutor(max_workers=len(chunks) - 1, mp_context=multiprocessing.get_context("fork")) as pool:
            futures = [pool.submit(fn, chunk, *args, **kwargs) for chunk in chunks[1:]]
            parts = [fn(chunks[0], *args, **kwargs)] + [f.result() for f in futures]
    except Exception:  # a worker that could not run (or an error that one call raises again below)
        return fn(frame, *args, **kwargs)
    kept = [p for p in parts if len(p)] or parts[:1]
    if any(not p.dtypes.equals(kept[0].dtypes) or list(p.columns) != list(kept[0].columns) for p in kept):
        return fn(frame, *args, **kwargs)
    return pd.concat(kept, ignore_index=True) if len(kept) > 1 else kept[0].reset_index(drop=True)


def per_article(fn: Callable[..., pd.DataFrame], frame: pd.DataFrame, *args, cache_dir: str | Path | None = None,
                **kwargs) -> pd.DataFrame:
    """fn(frame, *args, **kwargs), computed only for the articles whose result is not in the cache (see above).

    The cache of one function is one file (the known article keys and their rows, with a `_key` column): read and
    written once a run, whatever the number of articles; keys no longer in the corpus are dropped from it."""
    cache_dir = cache_dir or os.environ.get(CACHE_ENV)
    if not cache_dir or frame.empty or "article_id" not in frame:
        return fn(frame, *args, **kwargs)
    salt = "\0".join([package_version(), fn.__module__, fn.__name__] + [_arg_digest(a) for a in args]
                     + [f"{k}={_arg_digest(v)}" for k, v in sorted(kwargs.items())])
    keys = article_keys(frame, hashlib.sha256(salt.encode()).hexdigest())
    stored = read_entry(Path(cache_dir) / "articles", fn.__name__ + "-" + hashlib.sha256(fn.__module__.encode()).hexdigest())
    known, rows = stored if isinstance(stored, tuple) and len(stored) == 2 else (set(), None)
    missing = [article for article, key in keys.items() if key not in known]
    parts = [] if rows is None else [rows[rows["_key"].isin(set(keys))]]
    if missing:
        computed = computed_in_parts(fn, frame[frame["article_id"].isin(missing)], args, kwargs)
        parts.append(computed.assign(_key=computed["article_id"].map(keys)))
    out = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    template = parts[-1].dtypes.to_dict()
    order = {article: i for i, article in enumerate(keys.index)}
    out = out.iloc[out["article_id"].map(order).argsort(kind="stable")].astype(template).reset_index(drop=True)
    if missing:
        write_entry(Path(cache_dir) / "articles", fn.__name__ + "-" + hashlib.sha256(fn.__module__.encode()).hexdigest(),
                    (set(keys), out))
    return out.drop(columns="_key")


def whole_corpus(fn: Callable, *args, cache_dir: str | Path | None = None, **kwargs):
    """fn(*args, **kwargs) for a whole-corpus step (one result for all articles), read back from the cache when the
    step's inputs (their content, `_arg_digest`) and the package's code are those it last ran on; else computed and
    stored. So a rerun after an edit that leaves a step's inputs as they were (a paragraph with no figure added to
    one file: the mentions do not change) does not repeat that step, and any edit that changes them does. One entry
    per function (the latest), so the cache never grows with the number of runs. Without a cache folder
    (`$NEWSCOMPARE_CACHE_DIR`) it is exactly `fn(*args, **kwargs)`; a damaged entry is computed again."""
    cache_dir = cache_dir or os.environ.get(CACHE_ENV)
    if not cache_dir:
        return fn(*args, **kwargs)
    parts = [package_version(), fn.__module__, fn.__qualname__] + [_arg_digest(a) for a in args] \
        + [f"{k}={_arg_digest(v)}" for k, v in sorted(kwargs.items())]
    key = hashlib.sha256("\0".join(parts).encode()).hexdigest()
    name = "step-" + hashlib.sha256(f"{fn.__module__}.{fn.__qualname__}".encode()).hexdigest()
    stored = read_entry(Path(cache_dir) / "steps", name)
    if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key:
        return stored[1]
    out = fn(*args, **kwargs)
    write_entry(Path(cache_dir) / "steps", name, (key, out))
    return out
