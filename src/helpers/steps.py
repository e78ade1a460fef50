"""Tables one notebook computes and a later one reads, so that each step runs once per run.

`attributions_table(sentences, out_dir)`: who says each sentence (`attribution.attribute_sentences`), used by
02_numbers for the claimant of each figure and by 04_framing for the speaker of each quotation. The first notebook
to ask computes it and saves `attributions.parquet`; a later one reads it back when it is fresh (written after the
normalised tables, and for exactly these sentences), else computes it again. So a notebook opened alone still works.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .safe_write import atomic_path

ATTRIBUTIONS = "attributions"
_KEYS = ["article_id", "block_no", "sentence_no"]


def _attributed(sentences: pd.DataFrame) -> pd.DataFrame:
    """The sentences the attribution step reads (headline, standfirst and body), by key."""
    return sentences.loc[sentences["role"].isin(["headline", "standfirst", "body"]), _KEYS]


def _fresh(path: Path, sentences: pd.DataFrame) -> pd.DataFrame | None:
    """The table saved at `path` when it is newer than the normalised tables and covers exactly `sentences`."""
    from .corpus import FINGERPRINT

    try:
        if path.stat().st_mtime < (path.parent / FINGERPRINT).stat().st_mtime:
            return None
        saved = pd.read_parquet(path)
    except Exception:  # missing, older than the tables, or damaged: computed again
        return None
    expected = _attributed(sentences)
    same = len(saved) == len(expected) and saved[_KEYS].reset_index(drop=True).astype(str).equals(
        expected.reset_index(drop=True).astype(str))
    return saved if same else None


def attributions_table(sentences: pd.DataFrame, out_dir) -> pd.DataFrame:
    """`attribute_sentences(sentences)`, read from `out_dir` when an earlier notebook of the run saved it (see the
    module docstring), else computed and saved there."""
    from .attribution import attribute_sentences

    path = Path(out_dir) / f"{ATTRIBUTIONS}.parquet"
    saved = _fresh(path, sentences)
    if saved is not None:
        return saved
    frame = attribute_sentences(sentences)
    try:
        with atomic_path(path) as tmp:
            frame.to_parquet(tmp, index=False)
    except OSError:  # a table that cannot be saved costs the later notebook time, never the run
        pass
    return frame
