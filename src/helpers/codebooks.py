"""Read the codebooks (CSV data files a user edits) into plain structures the steps use.

Every loader takes a path (see `paths.codebook_path`) and returns a DataFrame or a small frozen
structure; nothing is cached globally.

Event codebooks are additive: a file `codebooks/<corpus>/<name>.csv` is read as a layer over
`codebooks/default/<name>.csv` (`layer_codebook`): a row whose key matches a default row replaces it, a new key
adds a row, and a row with `drop` = yes removes the default row(s) it names (`*` in a key cell matches any value).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .errors import CorpusError


DROP_WORDS = frozenset({"yes", "true", "1", "drop"})


def _leading_comments(path: Path) -> int:
    """How many lines before the header start with "#" (the draft line `newscompare codebook` writes)."""
    n = 0
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if not line.startswith("#"):
                break
            n += 1
    return n


def _read_csv(path: Path) -> pd.DataFrame:
    """A codebook file as strings, its leading "#" lines skipped (a "#" inside a row is kept: patterns use it)."""
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False, comment=None, skiprows=_leading_comments(path))
    except (OSError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise CorpusError(path, f"cannot read codebook ({_csv_problem(exc)})") from exc


def _csv_problem(exc: Exception) -> str:
    """The parser's message in a reader's words (pandas counts the file's own lines, the leading "#" lines included)
    and, for a row with more cells than the header, the usual cause: a value holding a comma without double quotes."""
    found = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", str(exc))
    if not found:
        return str(exc)
    expected, line, saw = (int(g) for g in found.groups())
    return (f"line {line} has {saw} cells where the header has {expected}; a value holding a comma must be "
            'in double quotes (write "close to 2,000", not close to 2,000)')


def codebook_problems(folders: list[Path], ignore: frozenset[str] = frozenset()) -> list[CorpusError]:
    """Every codebook file of `folders` (but the file names in `ignore`) that cannot be read as a table, each as a
    CorpusError naming the file and the problem; checked before a run starts, so a typo in an event codebook stops the
    run before any notebook has run instead of half-way through it."""
    problems = []
    files = (f for folder in folders if folder.is_dir() for f in sorted(folder.glob("*.csv")) if f.name not in ignore)
    for path in files:
        try:
            _read_csv(path)
        except CorpusError as exc:
            problems.append(exc)
    return problems


def codebook_layers(path: str | Path) -> list[Path]:
    """The files one codebook is read from, base first: `<dir>/<corpus>/<name>` is layered over
    `<dir>/default/<name>` when that file exists; a default file (or a lone file) is read alone."""
    path = Path(path)
    default = path.parent.parent / "default" / path.name
    if path.parent.name != "default" and default.is_file():
        return [default, path]
    return [path]


def layer_codebook(base: pd.DataFrame, layer: pd.DataFrame, key: list[str]) -> pd.DataFrame:
    """`layer`'s rows over `base`'s, matched on the `key` columns: a matching row replaces the base row, a new key
    adds a row, a row with `drop` in (yes, true, 1) removes the base rows it matches ('*' in a key cell matches any
    value) and is not kept. Result: the layer's kept rows in their order, then the base rows not replaced or dropped.
    Columns missing on either side are filled with ''."""
    drop = layer.get("drop", pd.Series("", index=layer.index)).str.strip().str.lower().isin(DROP_WORDS)
    keep = layer.loc[~drop].drop(columns="drop", errors="ignore")
    base_keys = base[key].apply(lambda col: col.str.strip())
    removed = pd.Series(False, index=base.index)
    for row in layer[key].apply(lambda col: col.str.strip()).itertuples(index=False):
        match = pd.Series(True, index=base.index)
        for col, value in zip(key, row):
            if value != "*":
                match &= base_keys[col] == value
        removed |= match
    merged = pd.concat([keep, base.loc[~removed]], ignore_index=True)
    return merged.fillna("")[list(dict.fromkeys([*base.columns, *keep.columns]))]


def read_codebook(path: str | Path, required: list[str], key: list[str] | None = None) -> pd.DataFrame:
    """A codebook CSV as strings ('' for empty cells), an event file layered over the default of the same name
    (`codebook_layers`, `layer_codebook`; `key` defaults to the first required column). Raises CorpusError naming
    the file when a required column is missing."""
    key = key or required[:1]
    frame = None
    for layer_path in codebook_layers(path):
        layer = _read_csv(layer_path)
        lacking = [c for c in (required if frame is None else key) if c not in layer.columns]
        if lacking:
            raise CorpusError(layer_path, f"codebook lacks column(s) {', '.join(lacking)}")
        frame = layer.drop(columns="drop", errors="ignore") if frame is None else layer_codebook(frame, layer, key)
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


ACTOR_TYPES = ("official", "agency", "expert", "organisation", "citizen", "anonymous", "other")


def load_actors(path: str | Path) -> pd.DataFrame:
    """One row per alias: actor, side, alias (longest aliases first, so 'Ana Ruiz' wins over 'Ruiz'), type (the
    optional `type` column: a speaker type of `ACTOR_TYPES` that this actor's quotations take instead of the type
    read from the text; '' or another word: the text decides)."""
    frame = read_codebook(path, ["actor", "side", "aliases"])
    types = frame["type"] if "type" in frame.columns else pd.Series("", index=frame.index)
    rows = [
        {"actor": r.actor.strip(), "side": r.side.strip(), "alias": alias.strip(),
         "type": kind.strip().lower() if kind.strip().lower() in ACTOR_TYPES else ""}
        for r, kind in zip(frame.itertuples(index=False), types.fillna("").astype(str))
        for alias in [r.actor, *r.aliases.split("|")]
        if alias.strip()
    ]
    out = pd.DataFrame(rows, columns=["actor", "side", "alias", "type"]).drop_duplicates("alias")
    return out.assign(n=out["alias"].str.len()).sort_values("n", ascending=False).drop(columns="n").reset_index(drop=True)


def alias_pattern(actors: pd.DataFrame) -> re.Pattern | None:
    """One regex matching any alias as whole words (apostrophes ' and ’ treated alike), or None."""
    if actors.empty:
        return None
    parts = [_sentence_start(re.escape(normalise_alias(a)).replace("'", "['’]")) for a in actors["alias"]]
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])")


def _sentence_start(escaped: str) -> str:
    """An alias written in lower case ("police", "protesters") also matches capitalised at a sentence's start."""
    first = escaped[:1]
    return f"[{first}{first.upper()}]{escaped[1:]}" if first.islower() else escaped


def normalise_alias(text: str) -> str:
    return text.replace("’", "'")


def alias_key(text: str) -> str:
    """The key an alias and the words it matched are looked up by: apostrophes alike, first letter in lower case
    ("Police" at a sentence's start is the alias "police")."""
    text = normalise_alias(text)
    return text[:1].lower() + text[1:]
