"""Read the codebooks (CSV data files a user edits) into plain structures the steps use.

Every loader takes a path (see `paths.codebook_path`) and returns a DataFrame or a small frozen
structure; nothing is cached globally.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .errors import CorpusError


def read_codebook(path: str | Path, required: list[str]) -> pd.DataFrame:
    """A codebook CSV as strings ('' for empty cells); raises CorpusError naming the file when columns are missing."""
    path = Path(path)
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, comment=None)
    except (OSError, pd.errors.ParserError) as exc:
        raise CorpusError(path, f"cannot read codebook ({exc})") from exc
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise CorpusError(path, f"codebook lacks column(s) {', '.join(missing)}")
    return frame


@dataclass(frozen=True)
class QuantityRule:
    """One row of quantities.csv: which mentions count as this quantity."""

    quantity: str
    kinds: frozenset[str]
    units: re.Pattern | None
    cues: re.Pattern | None
    split_by_side: bool
    compare: bool
    label: str


def load_quantities(path: str | Path) -> list[QuantityRule]:
    """The quantity rules, in file order (earlier rows win ties)."""
    frame = read_codebook(path, ["quantity", "kinds", "units", "cues", "split_by_side", "compare", "label"])
    rules = []
    for row in frame.itertuples(index=False):
        try:
            rules.append(QuantityRule(
                row.quantity.strip(), frozenset(k.strip() for k in row.kinds.split("|") if k.strip()),
                re.compile(row.units, re.I) if row.units else None, re.compile(row.cues, re.I) if row.cues else None,
                row.split_by_side.strip().lower() in ("yes", "true", "1"), row.compare.strip().lower() in ("yes", "true", "1"),
                row.label.strip() or row.quantity.strip()))
        except re.error as exc:
            raise CorpusError(path, f"row {row.quantity!r}: invalid pattern ({exc})") from exc
    return rules


def load_units(path: str | Path) -> dict[str, str]:
    """Surface form (lower case) → canonical unit."""
    frame = read_codebook(path, ["surface", "unit"])
    return {s.strip().lower(): u.strip() for s, u in zip(frame["surface"], frame["unit"])}


def load_actors(path: str | Path) -> pd.DataFrame:
    """One row per alias: actor, side, alias (longest aliases first, so 'Vladimir Putin' wins over 'Putin')."""
    frame = read_codebook(path, ["actor", "side", "aliases"])
    rows = [
        {"actor": r.actor.strip(), "side": r.side.strip(), "alias": alias.strip()}
        for r in frame.itertuples(index=False)
        for alias in [r.actor, *r.aliases.split("|")]
        if alias.strip()
    ]
    out = pd.DataFrame(rows, columns=["actor", "side", "alias"]).drop_duplicates("alias")
    return out.assign(n=out["alias"].str.len()).sort_values("n", ascending=False).drop(columns="n").reset_index(drop=True)


def alias_pattern(actors: pd.DataFrame) -> re.Pattern | None:
    """One regex matching any alias as whole words (apostrophes ' and ’ treated alike), or None."""
    if actors.empty:
        return None
    parts = [re.escape(normalise_alias(a)).replace("'", "['’]") for a in actors["alias"]]
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])")


def normalise_alias(text: str) -> str:
    return text.replace("’", "'")
