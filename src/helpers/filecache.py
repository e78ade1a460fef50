"""Per-file results kept between runs, keyed by the file's content and the code that made them.

An entry is one pickle under `<cache dir>/<key[:2]>/<key>.pkl`, where the key is the sha256 of the file's bytes,
its name in the corpus, the size cap and the source of the modules that normalise a file. A run recomputes only
new or changed files (and every file after a change to that code); an entry that cannot be read (truncated,
damaged, written by another version of Python) is rebuilt. Entries are written atomically, so two runs never
see half an entry. The cache folder holds only derived data: deleting it costs one full run.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import Callable


# The modules whose code decides what `corpus.normalise_file` returns: a change to any of them clears the cache.
NORMALISE_MODULES = ("corpus", "ingest", "blocks", "sentences", "language", "text", "manifest", "errors", "filecache")
CACHE_ENV = "NEWSCOMPARE_CACHE_DIR"


def code_version(modules: tuple[str, ...] = NORMALISE_MODULES) -> str:
    """sha256 of the source of `modules` (files of this package)."""
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for name in modules:
        path = here / f"{name}.py"
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.exists() else b""))
    return digest.hexdigest()


def file_key(path: Path, name: str, limit: int, version: str) -> str | None:
    """The cache key of one corpus file; None when the file cannot be read (it is then normalised, never cached)."""
    digest = hashlib.sha256(f"{version}\0{name}\0{limit}\0".encode())
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def cache_dir_for(processed_dir: Path) -> Path:
    """Where per-file entries live: $NEWSCOMPARE_CACHE_DIR (the runner points it at reports/<corpus>/cache, kept
    across runs), else `<processed dir>/_files`."""
    return Path(os.environ.get(CACHE_ENV) or Path(processed_dir) / "_files")


def _entry(cache_dir: Path, key: str) -> Path:
    return cache_dir / key[:2] / f"{key}.pkl"


def read_entry(cache_dir: Path, key: str | None):
    """The cached result for `key`, or None when missing or unreadable (a damaged entry is removed)."""
    if key is None:
        return None
    path = _entry(cache_dir, key)
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception:  # truncated, damaged or foreign pickle: rebuild it
        path.unlink(missing_ok=True)
        return None


def write_entry(cache_dir: Path, key: str | None, value) -> None:
    """Store one result; a cache that cannot be written only costs speed, never the run."""
    if key is None:
        return
    path = _entry(cache_dir, key)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:  # renamed into place whole (no fsync: a damaged entry is only rebuilt)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except (OSError, pickle.PicklingError):
        tmp.unlink(missing_ok=True)


def cached_map(fn: Callable, items: list, keys: list[str | None], cache_dir: Path | None,
               compute: Callable[[Callable, list], list]) -> tuple[list, int]:
    """fn over items, reading each result from the cache when its key is there and working out only the others
    (all at once, through `compute(fn, missing_items)`, which may run them in processes or on a cluster).
    Returns (results in the order of items, how many were computed)."""
    results = [read_entry(cache_dir, k) if cache_dir is not None else None for k in keys]
    missing = [i for i, r in enumerate(results) if r is None]
    for i, value in zip(missing, compute(fn, [items[i] for i in missing]) if missing else []):
        results[i] = value
        if cache_dir is not None:
            write_entry(cache_dir, keys[i], value)
    return results, len(missing)
