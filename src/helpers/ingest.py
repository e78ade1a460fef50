"""Read a corpus folder into one row per article, with its lines and metadata.

Supported files: ``.txt`` (UTF-8; cp1252 / latin-1 detected and reported),
``.html`` / ``.htm`` (main text and metadata via trafilatura), ``.json`` (one
news-please record or a list of them) and ``.jsonl`` (one record a line).
``manifest.csv`` adds metadata. Nothing here writes to the corpus folder.

Problems with one file never lose the others: `read_file` returns the problem
instead of raising, and `corpus.build_tables` lists it in the ``problems`` table
(file, problem); `read_article` raises `CorpusError` for a single file.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .errors import CorpusError

ARTICLE_SUFFIXES = {".txt", ".html", ".htm", ".json", ".jsonl"}
MANIFEST_NAME = "manifest.csv"
MANIFEST_COLUMNS = ["file", "label", "outlet", "url", "published", "title", "credit", "credit_basis"]
_C1_OR_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


@dataclass
class Line:
    """One line of an article's text, with its 1-based line number and an optional role hint."""

    text: str
    line_no: int
    hint: str | None = None  # headline, standfirst or heading when the source format says so


@dataclass
class RawArticle:
    """An article as read from disk, before segmentation."""

    article_id: str
    file: str
    fmt: str
    encoding: str
    sha256: str
    lines: list[Line]
    meta: dict = field(default_factory=dict)


def decode_text(raw: bytes, path: str | Path) -> tuple[str, str]:
    """Decode a text file's bytes; returns (text, encoding) or raises CorpusError naming the file."""
    if not raw.strip():
        raise CorpusError(path, "empty file (no text)")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise CorpusError(path, f"undecodable text: UTF-16 byte-order mark but invalid UTF-16 ({exc.reason})") from exc
    if b"\x00" in raw:
        raise CorpusError(path, "binary file (contains NUL bytes), not text")
    try:
        text, encoding = raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise CorpusError(
                path,
                f"undecodable text: not UTF-8 (byte 0x{raw[utf8_error.start]:02x} at offset {utf8_error.start}) "
                f"and not cp1252/latin-1 (byte 0x{raw[exc.start]:02x} at offset {exc.start})",
            ) from exc
        # cp1252 and latin-1 agree outside 0x80-0x9F; name the one the bytes need.
        encoding = "cp1252" if re.search(rb"[\x80-\x9f]", raw) else "latin-1"
    controls = len(_C1_OR_CONTROL.findall(text))
    if controls > max(2, 0.01 * len(text)):
        raise CorpusError(path, f"binary file ({controls} control characters in {len(text)}), not text")
    return text, encoding


def _text_lines(text: str, start: int = 1) -> list[Line]:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return [Line(t, i) for i, t in enumerate(text.split("\n"), start=start)]


def _read_txt(path: Path, raw: bytes) -> list[RawArticle]:
    text, encoding = decode_text(raw, path)
    return [RawArticle(path.stem, path.name, "txt", encoding, hashlib.sha256(raw).hexdigest(), _text_lines(text))]


_FIGCAPTION = re.compile(rb"(?is)<figcaption[^>]*>(.*?)</figcaption>")


def _figcaptions(raw: bytes) -> list[str]:
    """The photo captions (<figcaption>) of an HTML page, as plain text."""
    import html

    out = []
    for m in _FIGCAPTION.finditer(raw[:5_000_000]):
        text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", m.group(1).decode("utf-8", "replace")))).strip()
        if text and text not in out:
            out.append(text)
    return out


def _read_html(path: Path, raw: bytes) -> list[RawArticle]:
    import trafilatura

    if not raw.strip():
        raise CorpusError(path, "empty file (no HTML)")
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CorpusError(path, "binary file (contains NUL bytes), not HTML")
    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_formatting=True, favor_recall=True)
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    n_words = len(re.findall(r"\w+", body))
    if n_words < 10:
        raise CorpusError(path, f"no article text found in the HTML page ({n_words} words extracted)")
    lines: list[Line] = []
    title = (doc.title or "").strip()
    if title:
        lines.append(Line(title, 0, "headline"))
    for line in _text_lines(body):
        text = line.text
        heading = re.match(r"^#{1,6}\s+(.*)$", text)
        if heading:
            line.text, line.hint = heading.group(1).strip(), "heading"
        line.text = re.sub(r"\*\*(.+?)\*\*|\*(.+?)\*", lambda m: m.group(1) or m.group(2), line.text)
        lines.append(line)
    lines += [Line(text, 0, "caption") for text in _figcaptions(raw)]  # text extraction drops them; numbers are read there
    meta = {
        "title": title or None,
        "url": doc.url,
        "published": doc.date,
        "outlet": doc.sitename or doc.hostname,
        "description": doc.description,
    }
    return [RawArticle(path.stem, path.name, "html", "auto", hashlib.sha256(raw).hexdigest(), lines, meta)]


def _record_article(record: dict, article_id: str, path: Path, where: str, raw: bytes) -> RawArticle:
    if not isinstance(record, dict):
        raise CorpusError(path, f"{where}: expected a JSON object (a news-please record), got {type(record).__name__}")
    maintext = record.get("maintext") or record.get("text")
    if not isinstance(maintext, str) or not maintext.strip():
        raise CorpusError(path, f"{where}: record has no 'maintext' text")
    lines: list[Line] = []
    title = (record.get("title") or "").strip()
    if title:
        lines.append(Line(title, 0, "headline"))
    description = (record.get("description") or "").strip()
    if description:
        lines.append(Line(description, 0, "standfirst"))
    lines.extend(_text_lines(maintext))
    meta = {
        "title": title or None,
        "url": record.get("url"),
        "published": record.get("date_publish"),
        "outlet": record.get("source_domain"),
        "description": description or None,
    }
    return RawArticle(article_id, path.name, path.suffix.lstrip(".").lower(), "utf-8", hashlib.sha256(raw).hexdigest(), lines, meta)


def _read_json(path: Path, raw: bytes) -> list[RawArticle]:
    text, _ = decode_text(raw, path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CorpusError(path, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    records = data if isinstance(data, list) else [data]
    if not records:
        raise CorpusError(path, "JSON list holds no records")
    if len(records) == 1:
        return [_record_article(records[0], path.stem, path, "record", raw)]
    return [
        _record_article(r, str(r.get("id") or f"{path.stem}-{i}") if isinstance(r, dict) else "", path, f"record {i}", raw)
        for i, r in enumerate(records, start=1)
    ]


def _read_jsonl(path: Path, raw: bytes) -> list[RawArticle]:
    text, _ = decode_text(raw, path)
    out = []
    for no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(path, f"line {no}: invalid JSON ({exc.msg})") from exc
        rid = record.get("id") if isinstance(record, dict) else None
        out.append(_record_article(record, str(rid or f"{path.stem}-{no}"), path, f"line {no}", line.encode("utf-8")))
    if not out:
        raise CorpusError(path, "no records in JSON Lines file")
    return out


_READERS = {".txt": _read_txt, ".html": _read_html, ".htm": _read_html, ".json": _read_json, ".jsonl": _read_jsonl}


def read_article(path: str | Path) -> list[RawArticle]:
    """Read one file into its article(s); raises CorpusError naming the file and the problem."""
    path = Path(path)
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        raise CorpusError(path, f"unsupported file type {path.suffix!r} (expected {', '.join(sorted(ARTICLE_SUFFIXES))})")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CorpusError(path, f"cannot be read ({exc.strerror})") from exc
    return reader(path, raw)


def read_manifest(corpus_dir: str | Path) -> pd.DataFrame:
    """The corpus's manifest.csv, or an empty one. Only `file` is required; label, outlet, url, published,
    title, credit and credit_basis are optional (label: how charts name the article).

    Refused with CorpusError: no `file` column, a row naming a missing file, or a path outside the corpus folder.
    """
    corpus_dir = Path(corpus_dir)
    path = corpus_dir / MANIFEST_NAME
    if not path.exists():
        return pd.DataFrame(columns=MANIFEST_COLUMNS, dtype="object")
    text, _ = decode_text(path.read_bytes(), path)
    rows = list(csv.DictReader(io.StringIO(text)))
    header = rows[0].keys() if rows else next(csv.reader(io.StringIO(text)), [])
    if "file" not in header:
        raise CorpusError(path, "manifest has no 'file' column")
    root = corpus_dir.resolve()
    seen = set()
    for no, row in enumerate(rows, start=2):
        name = (row.get("file") or "").strip()
        if not name:
            raise CorpusError(path, f"row {no}: empty 'file'")
        target = (corpus_dir / name).resolve()
        if Path(name).is_absolute() or root not in target.parents:
            raise CorpusError(path, f"row {no}: {name!r} is outside the corpus folder (refused)")
        if not target.is_file():
            raise CorpusError(path, f"row {no}: {name!r} names a file that does not exist")
        if name in seen:
            raise CorpusError(path, f"row {no}: {name!r} is listed twice")
        seen.add(name)
        row["file"] = name
    frame = pd.DataFrame(rows, columns=sorted(set(MANIFEST_COLUMNS) | set(header), key=lambda c: (c not in MANIFEST_COLUMNS, MANIFEST_COLUMNS.index(c) if c in MANIFEST_COLUMNS else 0, c)))
    return frame.replace({"": None}).astype("object")


def list_article_files(corpus_dir: str | Path) -> list[Path]:
    """The corpus's article files, sorted by name; raises CorpusError if the folder is missing or has none."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(corpus_dir, "corpus folder does not exist")
    files = sorted(p for p in corpus_dir.iterdir() if p.is_file() and not p.name.startswith("."))
    articles = [p for p in files if p.suffix.lower() in ARTICLE_SUFFIXES]
    if not articles:
        raise CorpusError(corpus_dir, f"empty corpus folder: no article files ({', '.join(sorted(ARTICLE_SUFFIXES))})")
    return articles


def text_key(article: RawArticle) -> str:
    """sha256 of an article's text with white space folded: equal keys mean the same text."""
    return hashlib.sha256(" ".join(" ".join(l.text.split()) for l in article.lines if l.text.strip()).encode()).hexdigest()


def non_article_files(corpus_dir: str | Path) -> list[dict]:
    """Problems rows for the files of a corpus folder that are neither articles nor the manifest."""
    return [
        {"file": p.name, "problem": f"ignored: not an article file ({p.suffix or 'no extension'})"}
        for p in sorted(Path(corpus_dir).iterdir())
        if p.is_file() and not p.name.startswith(".") and p.suffix.lower() not in ARTICLE_SUFFIXES and p.name != MANIFEST_NAME
    ]


def keep_unique(found: list[tuple[str, list[RawArticle], str | None]]) -> tuple[list[int], list[dict]]:
    """Which articles to keep, given (file, articles, problem) per file in order: duplicates of an earlier
    text are left out and reported, clashing ids are renamed. Returns (kept positions in the flattened
    article list, problems rows)."""
    problems: list[dict] = []
    kept: list[int] = []
    seen_text: dict[str, str] = {}
    seen_ids: set[str] = set()
    position = -1
    for file, articles, problem in found:
        if problem is not None:
            problems.append({"file": file, "problem": problem})
        for art in articles:
            position += 1
            key = art.meta.get("_text_key") or text_key(art)
            if key in seen_text:
                problems.append({"file": art.file, "problem": f"duplicate: same text as {seen_text[key]} (kept once)"})
                continue
            if art.article_id in seen_ids:
                problems.append({"file": art.file, "problem": f"article id {art.article_id!r} already used (renamed)"})
                art.article_id = f"{art.article_id}~{len(seen_ids)}"
            seen_text[key] = art.file if art.fmt != "jsonl" else f"{art.file}#{art.article_id}"
            seen_ids.add(art.article_id)
            kept.append(position)
    return kept, problems


def read_file(path: Path) -> tuple[str, list[RawArticle], str | None]:
    """(file name, its articles, None) or (file name, [], the problem) for one file."""
    try:
        return path.name, read_article(path), None
    except CorpusError as exc:
        return path.name, [], exc.problem


def raise_unreadable(corpus_dir: str | Path, problems: list[dict]) -> None:
    """Raise the error for a corpus folder none of whose files could be read, listing each file's problem."""
    detail = "; ".join(f"{p['file']}: {p['problem']}" for p in problems)
    raise CorpusError(corpus_dir, f"no readable article in the corpus folder ({detail})")
