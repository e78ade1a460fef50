"""The optional ``manifest.csv`` of a corpus, checked row by row, and publication dates parsed into timestamps.

A bad row (an empty or missing file, a path outside the corpus, a duplicate, a date that cannot be read) is a
problem for that row only: it is reported and the run goes on. ``./name``, ``sub/../name`` and ``name`` are the
same file.
"""
from __future__ import annotations

import csv
import io
import os
import posixpath
import re
import warnings
from pathlib import Path

import pandas as pd

from .errors import CorpusError

MANIFEST_NAME = "manifest.csv"
MANIFEST_COLUMNS = ["file", "label", "outlet", "url", "published", "title", "credit", "credit_basis"]

# Zone abbreviations common in news datelines (dateutil knows only UTC/GMT and the local zone by itself).
TZ_ABBREVIATIONS = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 3600, "IST": 19800, "CET": 3600, "CEST": 7200, "EET": 7200,
    "EEST": 10800, "MSK": 10800, "TRT": 10800, "GST": 14400, "PKT": 18000, "ICT": 25200, "WIB": 25200,
    "HKT": 28800, "SGT": 28800, "JST": 32400, "KST": 32400, "AEST": 36000, "AEDT": 39600, "NZST": 43200,
    "EST": -18000, "EDT": -14400, "CST": -21600, "CDT": -18000, "MST": -25200, "MDT": -21600, "PST": -28800,
    "PDT": -25200, "AKST": -32400, "HST": -36000,
}
_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})([/.\-])(\d{1,2})\2(\d{2,4})\b")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)|^\d{8}(T|$)")


def parse_published(value) -> pd.Timestamp | None:
    """A publication date as a timezone-aware timestamp (UTC when the text names no zone), None when empty.

    Reads ISO 8601 ('2025-06-02', '2025-06-02T14:30:00+03:00', '20250602T1430Z'), RFC 2822 ('Mon, 02 Jun 2025
    10:00:00 +0000') and the common news forms ('June 2, 2025', '2 June 2025 14:30 GMT', '02.06.2025' day first).
    Raises ValueError for text that is not a date or is ambiguous ('03/04/2025': day and month could swap).
    """
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, pd.Timestamp):
        stamp = value
    else:
        text = " ".join(str(value).split())
        if not text:
            return None
        stamp = _parse_text(text)
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def _parse_text(text: str) -> pd.Timestamp:
    from dateutil import parser as dateparser

    if not _YEAR.search(text):
        raise ValueError("no year")
    numeric = _NUMERIC_DATE.match(text)
    dayfirst = False
    if numeric:
        first, sep, second = int(numeric.group(1)), numeric.group(2), int(numeric.group(3))
        dayfirst = sep == "." or first > 12
        if sep != "." and first <= 12 and second <= 12 and first != second:
            raise ValueError("ambiguous: day and month could be either way round")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            parsed = dateparser.parse(text, dayfirst=dayfirst, tzinfos=TZ_ABBREVIATIONS)
        except (ValueError, OverflowError, TypeError) as exc:
            raise ValueError(str(exc)) from exc
    return pd.Timestamp(parsed)


def published_or_problem(value, where: str) -> tuple[pd.Timestamp | None, str | None]:
    """(timestamp, None), or (None, a problem naming `where` and the value) when it cannot be read."""
    try:
        return parse_published(value), None
    except ValueError as exc:
        shown = " ".join(str(value).split())[:80]
        return None, f"{where}: published {shown!r} is not a date that can be read ({exc}): left empty"


KEPT_MARK = "the article is kept"  # in a problems row that is a note on how a kept article was read, not a loss


def zone_note(value, where: str) -> str | None:
    """A note when a file's own publication time gives a time of day but no zone (it is read as UTC), else None."""
    text = " ".join(str(value).split())
    if not re.search(r"\d{1,2}:\d{2}", text) or re.search(r"[T ]00:00(:00)?$", text):  # no time, or a day only
        return None
    try:
        if _parse_text(text).tzinfo is not None:
            return None
    except ValueError:
        return None
    return (f"{where}: published {text[:80]!r} names no time zone: read as UTC ({KEPT_MARK}; if it is local "
            f"time, give the time with its zone in manifest.csv)")


def _row_name(name: str) -> str:
    """A manifest file name in the corpus's own spelling: '/' separators, './' and 'x/../' folded away."""
    return posixpath.normpath(name.strip().replace("\\", "/"))


def _check_row(row: dict, no: int, root: Path, seen: set) -> str | None:
    """The problem with one manifest row, or None; sets row['file'] to its normal form."""
    raw_name = (row.get("file") or "").strip()
    if not raw_name:
        return f"row {no}: empty 'file': row ignored"
    name = _row_name(raw_name)
    if posixpath.isabs(name) or re.match(r"^[A-Za-z]:", name) or name == ".." or name.startswith("../"):
        return f"row {no}: {raw_name!r} is outside the corpus folder: refused"
    real = os.path.realpath(root / name)
    if not (real + os.sep).startswith(os.path.realpath(root) + os.sep):
        return f"row {no}: {raw_name!r} leads outside the corpus folder: refused"
    if not os.path.isfile(real):
        return f"row {no}: {raw_name!r} names a file that does not exist: row ignored"
    if name in seen:
        return f"row {no}: {raw_name!r} is listed twice: the later row is ignored"
    seen.add(name)
    row["file"] = name
    return None


def _manifest_text(path: Path) -> str:
    from .ingest import decode_text, read_bytes

    return decode_text(read_bytes(path), MANIFEST_NAME)[0]


def read_manifest(corpus_dir: str | Path) -> tuple[pd.DataFrame, list[dict]]:
    """The corpus's manifest.csv checked row by row: (good rows, problems rows). No manifest: an empty table.

    Only `file` is required; label (how charts name the article), outlet, url, published, title, credit and
    credit_basis are optional. `published` is parsed (`parse_published`); a value that cannot be read is a problem
    and is left empty. A manifest that cannot be read at all, or has no `file` column, is one problem.
    """
    corpus_dir = Path(corpus_dir)
    path = corpus_dir / MANIFEST_NAME
    empty = pd.DataFrame(columns=MANIFEST_COLUMNS, dtype="object")
    if not path.exists() and not path.is_symlink():
        return empty, []
    try:
        rows = list(csv.DictReader(io.StringIO(_manifest_text(path), newline="")))
    except CorpusError as exc:
        return empty, [{"file": MANIFEST_NAME, "problem": f"manifest not used: {exc.problem}"}]
    except csv.Error as exc:
        return empty, [{"file": MANIFEST_NAME, "problem": f"manifest not used: not a CSV file ({exc})"}]
    header = [h for h in (rows[0].keys() if rows else []) if isinstance(h, str)]
    if rows and "file" not in header:
        return empty, [{"file": MANIFEST_NAME, "problem": "manifest not used: it has no 'file' column"}]
    problems, good, seen = [], [], set()
    for no, row in enumerate(rows, start=2):
        row = {k: (v.strip() or None) if isinstance(v, str) else None for k, v in row.items() if isinstance(k, str)}
        problem = _check_row(row, no, corpus_dir, seen)
        if problem is None:
            row["published"], problem = published_or_problem(row.get("published"), f"row {no}")
            good.append(row)
        if problem:
            problems.append({"file": MANIFEST_NAME, "problem": problem})
    columns = MANIFEST_COLUMNS + sorted(set(header) - set(MANIFEST_COLUMNS))
    return pd.DataFrame(good, columns=columns).astype("object"), problems
