"""Read a corpus folder into one row per article, with its lines and metadata.

What is read: the regular files whose real path lies inside the corpus folder, in subfolders too (the relative
path, with ``/``, is the file's name), with the suffixes ``.txt`` (any common encoding, detected and recorded),
``.html`` / ``.htm`` (main text and metadata via trafilatura), ``.json`` (one news-please record or a list of them)
and ``.jsonl`` (one record a line). What is left out, each with a ``problems`` row saying why: links that lead
outside the corpus (never followed), broken links, links to folders, special files (FIFOs, sockets, devices: never
opened), files over the size cap, other suffixes, and every file or record that cannot be read. Hidden files and
folders (a name starting with ``.``) are ignored without a row. ``manifest.csv`` adds metadata (`helpers.manifest`).
Nothing here writes to the corpus folder.

Problems with one file or record never lose the others: `read_file` returns the problems instead of raising,
and `corpus.build_tables` lists them in the ``problems`` table (file, problem); `read_article` raises `CorpusError`
for a single unreadable file.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .errors import CorpusError
from .manifest import MANIFEST_COLUMNS, MANIFEST_NAME, read_manifest  # noqa: F401  (re-exported)

ARTICLE_SUFFIXES = {".txt", ".html", ".htm", ".json", ".jsonl"}
MAX_FILE_MB = 20.0  # default size cap; the runner's --max-file-mb (env NEWSCOMPARE_MAX_FILE_MB) changes it
MAX_JSON_DEPTH = 50  # a news-please record is 2-3 levels deep; deeper nesting is refused before parsing
MAX_FOLDER_DEPTH = 20
_C1_OR_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_SPECIAL_KINDS = [(stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
                  (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")]


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


def max_file_bytes(max_file_mb: float | None = None) -> int:
    """The size cap in bytes: `max_file_mb`, else $NEWSCOMPARE_MAX_FILE_MB, else MAX_FILE_MB."""
    if max_file_mb is None:
        try:
            max_file_mb = float(os.environ.get("NEWSCOMPARE_MAX_FILE_MB") or MAX_FILE_MB)
        except ValueError:
            max_file_mb = MAX_FILE_MB
    return int(max_file_mb * 1024 * 1024)


def one_line(text: str) -> str:
    """A problem's text on one line (parser messages may hold newlines)."""
    return " ".join(str(text).split())


# ---------------------------------------------------------------- discovery


@dataclass
class CorpusFile:
    """A file found in the corpus: where to open it and its name (path relative to the corpus, with '/')."""

    path: Path
    name: str


def _special_kind(mode: int) -> str | None:
    return next((kind for test, kind in _SPECIAL_KINDS if test(mode)), None)


def _inside(real: str, root: str) -> bool:
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _link_entry(entry: os.DirEntry, name: str, root: str) -> tuple[CorpusFile | None, str | None]:
    """A symbolic link: the file it leads to when that is a regular file inside the corpus, else the problem."""
    real = os.path.realpath(entry.path)
    if not _inside(real, root):
        return None, "link to a path outside the corpus folder: refused, not followed"
    try:
        mode = os.stat(real).st_mode
    except OSError:
        return None, "broken link: its target does not exist"
    if stat.S_ISDIR(mode):
        return None, "link to a folder: not followed (the folder's files are read where they are)"
    if not stat.S_ISREG(mode):
        return None, f"link to {_special_kind(mode) or 'a special file'}: never opened"
    return CorpusFile(Path(real), name), None


def _walk(folder: str, prefix: str, root: str, depth: int, found: list, problems: list) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        problems.append({"file": prefix.rstrip("/") or ".", "problem": f"folder cannot be read ({exc.strerror})"})
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue  # hidden files and folders (.git, .DS_Store, editor files) are not part of the corpus
        name = prefix + entry.name
        try:
            mode = entry.stat(follow_symlinks=False).st_mode
        except OSError as exc:
            problems.append({"file": name, "problem": f"cannot be read ({exc.strerror})"})
            continue
        if stat.S_ISLNK(mode):
            item, problem = _link_entry(entry, name, root)
        elif stat.S_ISDIR(mode):
            if depth >= MAX_FOLDER_DEPTH:
                problems.append({"file": name, "problem": f"folder nested more than {MAX_FOLDER_DEPTH} levels deep: not read"})
            else:
                _walk(entry.path, name + "/", root, depth + 1, found, problems)
            continue
        elif stat.S_ISREG(mode):
            item, problem = CorpusFile(Path(entry.path), name), None
        else:
            item, problem = None, f"special file ({_special_kind(mode) or 'unknown type'}): never opened"
        if problem:
            problems.append({"file": name, "problem": problem})
        elif item is not None:
            found.append(item)


def find_files(corpus_dir: str | Path) -> tuple[list[CorpusFile], list[dict]]:
    """Every regular file of the corpus folder (recursively, hidden ones skipped, links outside refused), sorted by
    name, and problems rows for what was found but cannot be read. Raises CorpusError if the folder is missing."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(corpus_dir, "corpus folder does not exist")
    found: list[CorpusFile] = []
    problems: list[dict] = []
    _walk(str(corpus_dir), "", os.path.realpath(corpus_dir), 0, found, problems)
    return found, problems


def discover(corpus_dir: str | Path, max_file_mb: float | None = None) -> tuple[list[CorpusFile], list[dict]]:
    """The article files of a corpus folder and problems rows for everything else found in it (see module doc)."""
    files, problems = find_files(corpus_dir)
    limit = max_file_bytes(max_file_mb)
    articles = []
    for f in files:
        if f.name == MANIFEST_NAME:
            continue
        if Path(f.name).suffix.lower() not in ARTICLE_SUFFIXES:
            problems.append({"file": f.name, "problem": f"ignored: not an article file ({Path(f.name).suffix or 'no extension'})"})
            continue
        size = f.path.stat().st_size
        if size > limit:
            problems.append({"file": f.name, "problem": f"too large: {size / 2**20:.1f} MB, over the {limit / 2**20:g} MB "
                                                        "limit (raise it with --max-file-mb): not read"})
            continue
        articles.append(f)
    return articles, sorted(problems, key=lambda p: p["file"])


def read_bytes(path: str | Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file, opened without following a link or blocking on a FIFO; CorpusError otherwise."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    limit = max_file_bytes() if limit is None else limit
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise CorpusError(path, f"cannot be read ({exc.strerror})") from exc
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(handle.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise CorpusError(path, f"special file ({_special_kind(mode) or 'not a regular file'}): never opened")
        raw = handle.read(limit + 1)
    if len(raw) > limit:
        raise CorpusError(path, f"too large: over the {limit / 2**20:g} MB limit (raise it with --max-file-mb): not read")
    return raw


# ---------------------------------------------------------------- decoding


_BOMS = [(b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\xef\xbb\xbf", "utf-8-sig"),
         (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le")]
# Characters a Western (cp1252 / latin-1) text plausibly holds beyond ASCII: accented letters and typography.
_WESTERN = re.compile(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u2018-\u201e\u2013\u2014\u2026\u2022\u20ac\u2122"
                      r"\u00a0\u00ab\u00bb\u00b0\u00a3\u00a9\u00ae\u00a7\u00bf\u00a1\u00b7\u0152\u0153\u0160\u0161\u017d\u017e\u0178]")
MAX_CHAOS = 0.1  # charset-normalizer's mess ratio above which a decoding is called undecodable


def _western(raw: bytes) -> tuple[str, str] | None:
    """(text, 'cp1252' or 'latin-1') when the bytes read as Western text with few non-ASCII letters, else None."""
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    extra = [ch for ch in text if ord(ch) > 127]
    letters = sum(ch.isalpha() for ch in text)
    if not extra or len(extra) > 0.3 * max(letters, 1) or not all(_WESTERN.match(ch) for ch in extra):
        return None
    # cp1252 and latin-1 agree outside 0x80-0x9F; name the one the bytes need.
    return text, "cp1252" if re.search(rb"[\x80-\x9f]", raw) else "latin-1"


def _detected(raw: bytes, path: str | Path) -> tuple[str, str]:
    """Bytes that are not UTF-8: a Western reading when plausible, else charset-normalizer's best guess."""
    western = _western(raw) if b"\x00" not in raw else None
    if western:
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.chaos > MAX_CHAOS:
        if b"\x00" in raw:
            raise CorpusError(path, "binary file (contains NUL bytes and reads as no known text encoding), not text")
        raise CorpusError(path, "undecodable text: not UTF-8 and no known encoding reads it as text")
    return str(best), best.encoding.replace("_", "-")


def decode_text(raw: bytes, path: str | Path) -> tuple[str, str]:
    """Decode a text file's bytes; returns (text, encoding) or raises CorpusError naming the file.

    Byte-order marks (UTF-8, UTF-16, UTF-32) are honoured; otherwise UTF-8, then a Western reading (cp1252 /
    latin-1) when the bytes look like one, then charset-normalizer (UTF-16/32 without a mark, Cyrillic, Greek,
    CJK and other legacy encodings). Text that holds many control characters is binary.
    """
    if not raw.strip(b" \t\r\n\x00\xef\xbb\xbf\xfe\xff"):
        raise CorpusError(path, "empty file (no text)")
    bom = next(((mark, enc) for mark, enc in _BOMS if raw.startswith(mark)), None)
    if bom:
        try:
            text, encoding = raw[len(bom[0]):].decode(bom[1].replace("-sig", "")), bom[1]
        except UnicodeDecodeError as exc:
            raise CorpusError(path, f"undecodable text: {bom[1]} byte-order mark but invalid {bom[1]} ({exc.reason})") from exc
    else:
        try:
            text, encoding = raw.decode("utf-8"), "utf-8"
            if "\x00" in text:
                text, encoding = _detected(raw, path)
        except UnicodeDecodeError:
            text, encoding = _detected(raw, path)
    if not text.strip():
        raise CorpusError(path, "empty file (no text)")
    controls = len(_C1_OR_CONTROL.findall(text))
    if controls > max(2, 0.01 * len(text)):
        raise CorpusError(path, f"binary file ({controls} control characters in {len(text)}), not text")
    return text, encoding


def _text_lines(text: str, start: int = 1) -> list[Line]:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return [Line(t, i) for i, t in enumerate(text.split("\n"), start=start)]


def _stem(name: str) -> str:
    """An article id from a file name: its relative path without the suffix ('sub/a.txt' -> 'sub/a')."""
    return name.rsplit(".", 1)[0] if "." in Path(name).name else name


# ---------------------------------------------------------------- readers: (name, raw bytes) -> (articles, problems)


def _read_txt(name: str, raw: bytes) -> tuple[list[RawArticle], list[str]]:
    text, encoding = decode_text(raw, name)
    return [RawArticle(_stem(name), name, "txt", encoding, hashlib.sha256(raw).hexdigest(), _text_lines(text))], []


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


_TITLE_TAG = re.compile(rb"(?is)<title\b[^>]*>(.*?)</title>")
_TITLE_SEPARATOR = r"\s+[|\u2013\u2014\u00b7\u2022:-]\s+"  # "Headline | Site", "Headline - Site", "Site: Headline"
MAX_SITE_WORDS = 5


def _title_site_name(raw: bytes, headline: str) -> str | None:
    """The site's name from the page's <title> when it is the headline plus a short name after (or before) a
    separator ("Five dead as rescuers dig | Lantria Today"): saved pages often carry it there and nowhere else."""
    import html

    m = _TITLE_TAG.search(raw[:200_000])
    if m is None or not headline:
        return None
    title = " ".join(html.unescape(m.group(1).decode("utf-8", "replace")).split())
    for pattern in (re.escape(headline) + _TITLE_SEPARATOR + r"(?P<site>.+)", r"(?P<site>.+?)" + _TITLE_SEPARATOR
                    + re.escape(headline)):
        found = re.fullmatch(pattern, title)
        if found and 0 < len(found.group("site").split()) <= MAX_SITE_WORDS and re.search(r"[^\W\d_]", found.group("site")):
            return found.group("site").strip()
    return None


_STANDFIRST_CLASS = re.compile(
    rb"""(?is)<(p|div|h2|h3)\b[^>]*\bclass\s*=\s*["'][^"']*\b(?:standfirst|dek|deck|subtitle|sub-?head(?:line)?|"""
    rb"""strap(?:line)?|summary|lede|intro)\b[^"']*["'][^>]*>(.*?)</\1>""")


def _standfirst_texts(raw: bytes, description: str | None) -> set[str]:
    """Texts an HTML page marks as its standfirst (an element of class standfirst, dek, subtitle…) or gives as its
    description, normalised for comparison with extracted lines."""
    import html

    found = {html.unescape(re.sub(r"<[^>]+>", " ", m.group(2).decode("utf-8", "replace")))
             for m in _STANDFIRST_CLASS.finditer(raw[:2_000_000])}
    return {" ".join(t.split()) for t in found | {description or ""} if t.strip()}


def _mark_standfirst(lines: list[Line], marked: set[str], within: int = 4) -> None:
    """The first of the page's opening body lines that the page marks as its standfirst gets that hint. Lines are
    counted without the blank lines between paragraphs and the page's own repeat of its headline (a kicker, the <h1>
    and then the standfirst are the fourth line of the text, not the sixth)."""
    opening = [line for line in lines if line.text.strip() and line.hint != "heading"][:within]
    for line in opening:
        if line.hint is None and " ".join(line.text.split()) in marked:
            line.hint = "standfirst"
            return


def _add_description(lines: list[Line], description: str | None) -> None:
    """A page's description (meta description, og:description) that its text does not hold is its standfirst, read
    after the headline like a news-please record's: a standfirst's figures are read. Not added when no line took the
    standfirst hint from it already, when the text holds it (a truncated first paragraph: 'The toll rose to 11…'), or
    when it is a site's blurb rather than this story's (under 8 words, or fewer than 3 of its longer words in the text)."""
    text = " ".join((description or "").split()).rstrip(".…").rstrip()
    if not text or any(line.hint == "standfirst" for line in lines):
        return
    words = re.findall(r"\w+", text.lower())
    body = " ".join(line.text for line in lines if line.hint != "headline")
    flat = " ".join(re.findall(r"\w+", body.lower()))
    long_words = {w for w in words if len(w) >= 4}
    if len(words) < 8 or " ".join(words) in flat or len(long_words & set(flat.split())) < 3:
        return
    at = 1 if lines and lines[0].hint == "headline" else 0
    lines.insert(at, Line(" ".join(description.split()), 0, "standfirst"))


# htmldate (through trafilatura) prefers the original publication date to a modified one; its default output is the day
# only, which put every HTML article at midnight and turned a same-day revision of a toll backwards: keep the time
# and the page's UTC offset when the page gives them ("2026-11-16T14:10:00+0000"; a page with a day only stays a day).
HTML_DATE_PARAMS = {"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}


# Where a page states its publication time with the time of day, in order of trust (each a named rule: the tag, then
# the attribute holding the time). htmldate returns the day alone for some pages that carry these ("2026-10-14" from
# the URL while article:published_time says 13:20 +02:00), which put a noon article before a morning one.
PUBLISHED_TIME_TAGS = (
    ("open graph published_time", rb"<meta\b[^>]*(?:property|name)\s*=\s*[\"'](?:og:)?(?:article:)?published_time[\"'][^>]*>",
     rb"content"),
    ("schema.org datePublished", rb"<(?:meta|time|span)\b[^>]*itemprop\s*=\s*[\"']datePublished[\"'][^>]*>", rb"content|datetime"),
    ("JSON-LD datePublished", rb"\"datePublished\"\s*:\s*(\"[^\"]{10,40}\")", None),
    ("publication-date meta names", rb"<meta\b[^>]*name\s*=\s*[\"'](?:pubdate|publishdate|publish[-_]date|parsely-pub-date|"
     rb"sailthru\.date|dc\.date\.issued|dcterms\.issued)[\"'][^>]*>", rb"content"),
)
_HAS_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}")


def _tag_value(tag: bytes, attribute: bytes | None) -> str | None:
    if attribute is None:
        return tag.decode("utf-8", "replace").strip('"')
    found = re.search(rb"\b(?:" + attribute + rb")\s*=\s*[\"']([^\"']+)[\"']", tag)
    return found.group(1).decode("utf-8", "replace").strip() if found else None


def page_published_time(raw: bytes) -> str | None:
    """The publication time a page's tags state with its time of day (`PUBLISHED_TIME_TAGS`, first rule that gives
    one), or None."""
    head = raw[:500_000]
    for _name, pattern, attribute in PUBLISHED_TIME_TAGS:
        for m in re.finditer(pattern, head, flags=re.I):
            value = _tag_value(m.group(1) if m.groups() else m.group(0), attribute)
            if value and _HAS_TIME.match(value):
                return value
    return None


def _html_published(raw: bytes, found: str | None) -> str | None:
    """htmldate's date, unless it has no time of day and the page's tags state one (`page_published_time`)."""
    if found and not re.search(r"T(?!00:00:00$)\d{2}:\d{2}|[+-]\d{4}$|Z$", found):
        return page_published_time(raw) or found
    return found or page_published_time(raw)


# Markup whose text the main-text extraction drops but the story needs. Each row a named class: pattern (bytes,
# matched anywhere), replacement, example, note; `_unwrap` applies them before extraction.
HTML_UNWRAP_RULES = pd.DataFrame([
    ("entry_time", rb"(<(p|div|span|h[1-6]|li|header)\b[^>]*>)\s*<time\b[^>]*>([^<]{1,40})</time>\s*(</\2>)",
     rb"\1\3\4", '<p class="entry-time"><time>17:45</time></p>',
     "session 19 (live19): a live page's entry time alone in its element is kept as a line of text, so the figures "
     "under it get its time (helpers.stamps); a <time> inside a sentence is read already"),
], columns=["name", "pattern", "replacement", "example", "note"])
_UNWRAP = [(re.compile(p, re.I), r) for p, r in zip(HTML_UNWRAP_RULES["pattern"], HTML_UNWRAP_RULES["replacement"])]


def _unwrap(raw: bytes) -> bytes:
    """The page with the markup of `HTML_UNWRAP_RULES` replaced by its text."""
    for regex, replacement in _UNWRAP:
        raw = regex.sub(replacement, raw)
    return raw


def _read_html(name: str, raw: bytes) -> tuple[list[RawArticle], list[str]]:
    import trafilatura

    if not raw.strip():
        raise CorpusError(name, "empty file (no HTML)")
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CorpusError(name, "binary file (contains NUL bytes), not HTML")
    try:
        doc = trafilatura.bare_extraction(_unwrap(raw), with_metadata=True, include_formatting=True, favor_recall=True,
                                          date_extraction_params=HTML_DATE_PARAMS)
    except (ValueError, TypeError, RecursionError) as exc:
        raise CorpusError(name, f"the HTML page cannot be parsed ({type(exc).__name__})") from exc
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    n_words = len(re.findall(r"\w+", body))
    if n_words < 10:
        raise CorpusError(name, f"no article text found in the HTML page ({n_words} words extracted)")
    lines: list[Line] = []
    title = (doc.title or "").strip()
    if title:
        lines.append(Line(title, 0, "headline"))
    for line in _text_lines(body):
        heading = re.match(r"^#{1,6}\s+(.*)$", line.text)
        if heading:
            line.text, line.hint = heading.group(1).strip(), "heading"
        line.text = re.sub(r"\*\*(.+?)\*\*|\*(.+?)\*", lambda m: m.group(1) or m.group(2), line.text)
        lines.append(line)
    _mark_standfirst(lines, _standfirst_texts(raw, doc.description))
    _add_description(lines, doc.description)
    lines += [Line(text, 0, "caption") for text in _figcaptions(raw)]  # text extraction drops them; numbers are read there
    meta = {"title": title or None, "url": doc.url, "published": _html_published(raw, doc.date), "outlet": doc.sitename or doc.hostname or _title_site_name(raw, title),
            "description": doc.description, **_page_author(doc)}
    return [RawArticle(_stem(name), name, "html", "auto", hashlib.sha256(raw).hexdigest(), lines, meta)], []


# A piece of an author field that names people: capitalised words ('Greta Holm', 'Mira Hollen and Adrian Vos'); page
# furniture that trafilatura may read from a byline ('Live', 'Last updated', 'Markets desk', a time) is not one.
_AUTHOR_PIECE = re.compile(r"(?:[A-Z][\w'’.-]+)(?:,?\s+(?:and|&|van|de|der|da|al|bin|[A-Z][\w'’.-]+))*")
_NOT_AUTHOR = re.compile(r"(?i)^(?:live|updated|last\s+updated|published|news|staff)$|\d")


# Session 16 (nureport16): an outlet's newsroom or staff named as the author ("Radio Aldenvale newsroom", "Tressen
# Post staff") is the page's credit too: capitalised name words, then one of these words. Rules as data: name,
# pattern (after the name words), example, note.
AUTHOR_DESK_RULES = (  # (name, pattern, example, note)
    ("newsroom", r"newsroom|news\s+team|news\s+desk", "Radio Aldenvale newsroom",
     "an outlet's newsroom signs a live blog or an agency-style update"),
    ("staff", r"staff|reporters|correspondents|editors", "Harbour Gazette staff",
     "the outlet's staff as a whole ('staff' alone is no author: _NOT_AUTHOR)"),
)
_AUTHOR_DESK = re.compile(r"(?:[A-Z][\w'’.-]+)(?:\s+[A-Z][\w'’.-]+)*\s+(?:"
                          + "|".join(f"(?:{rule[1]})" for rule in AUTHOR_DESK_RULES) + ")")


def _page_author(doc) -> dict:
    """The page's author (its <meta name="author"> or visible byline, as trafilatura reads them) as the credit:
    people's names, or an outlet's newsroom or staff (AUTHOR_DESK_RULES)."""
    pieces = re.split(r"\s*[·|;•]\s*", " ".join(str(getattr(doc, "author", None) or "").split()))
    author = ", ".join(p for p in pieces if (_AUTHOR_PIECE.fullmatch(p) or _AUTHOR_DESK.fullmatch(p))
                       and not _NOT_AUTHOR.search(p))
    if not author:
        return {}
    return {"credit": author, "credit_basis": "inferred from the page's author tag or byline"}


NEWS_PLEASE_FIELDS = {"maintext", "text", "title", "description", "url", "date_publish", "source_domain", "authors"}
RECORD_FIELDS = {"title": "title", "description": "description", "url": "url", "published": "date_publish",
                 "outlet": "source_domain"}  # meta key -> news-please field


def _kind(value) -> str:
    return {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "an object"}.get(
        type(value), type(value).__name__)


def _text_field(record: dict, key: str, where: str, problems: list[str]) -> str | None:
    """A record's field as text: None when missing or null; a problem (field ignored) when it is not text."""
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    problems.append(f"{where}: '{key}' is {_kind(value)}, not text: ignored")
    return None


def _record_authors(authors) -> dict:
    """A news-please record's `authors` (a list of names, or one name) as the credit; pieces that are no person's
    name (a desk, 'Staff', a time) are left out as for an HTML byline."""
    names = authors if isinstance(authors, list) else [authors] if isinstance(authors, str) else []
    pieces = [" ".join(str(n).split()) for n in names if isinstance(n, str)]
    credit = ", ".join(p for p in pieces if _AUTHOR_PIECE.fullmatch(p) and not _NOT_AUTHOR.search(p))
    return {"credit": credit, "credit_basis": "the record's authors field"} if credit else {}


def _record_article(record, article_id: str, name: str, fmt: str, where: str, raw: bytes):
    """One news-please record: (article or None, problems). Only the record itself can be lost, never its file."""
    if not isinstance(record, dict):
        return None, [f"{where}: expected a JSON object (a news-please record), got {_kind(record)}: left out"]
    problems: list[str] = []
    key = "maintext" if record.get("maintext") is not None or "text" not in record else "text"
    maintext = _text_field(record, key, where, problems)
    if not maintext:
        state = "null" if key in record and record[key] is None else "empty" if key in record else "missing"
        if not set(record) & NEWS_PLEASE_FIELDS:  # no field of a news-please record at all: say what it is instead
            found = ", ".join(sorted(map(str, record))[:6]) + (", …" if len(record) > 6 else "")
            return None, problems + [f"{where}: not a news-please record (no maintext, title or url; its keys: "
                                     f"{found or 'none'}): left out"]
        return None, problems + [f"{where}: record has no 'maintext' text ({state}): left out"]
    meta = {m: _text_field(record, f, where, problems) for m, f in RECORD_FIELDS.items()}
    meta.update(_record_authors(record.get("authors")))
    lines: list[Line] = []
    if meta["title"]:
        lines.append(Line(meta["title"], 0, "headline"))
    if meta["description"]:
        lines.append(Line(meta["description"], 0, "standfirst"))
    lines.extend(_text_lines(maintext))
    return RawArticle(article_id, name, fmt, "utf-8", hashlib.sha256(raw).hexdigest(), lines, meta), problems


def json_depth(text: str, limit: int = MAX_JSON_DEPTH) -> int:
    """How deeply a JSON text nests (strings skipped), counted up to limit + 1."""
    depth = deepest = 0
    for token in re.finditer(r'"(?:[^"\\]|\\.)*"|[\[{]|[\]}]', text):
        char = token.group()[0]
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > limit:
                break
        elif char in "]}":
            depth -= 1
    return deepest


def _parse_json(text: str, where: str, name: str):
    if json_depth(text) > MAX_JSON_DEPTH:
        raise CorpusError(name, f"{where}JSON nested more than {MAX_JSON_DEPTH} levels deep: refused")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = "" if exc.msg.endswith(" at") else " at"  # "Unterminated string starting at" names its own place
        raise CorpusError(name, f"{where}invalid JSON: {exc.msg[:1].lower()}{exc.msg[1:]}{at} line {exc.lineno}, "
                                f"column {exc.colno}") from exc
    except RecursionError as exc:
        raise CorpusError(name, f"{where}JSON nested too deeply: refused") from exc


def _record_id(record, default: str) -> str:
    rid = record.get("id") if isinstance(record, dict) else None
    return one_line(rid) if isinstance(rid, (str, int)) and not isinstance(rid, bool) and str(rid).strip() else default


def _read_json(name: str, raw: bytes) -> tuple[list[RawArticle], list[str]]:
    text, _ = decode_text(raw, name)
    data = _parse_json(text, "", name)
    records = data if isinstance(data, list) else [data]
    if not records:
        raise CorpusError(name, "JSON list holds no records")
    if len(records) == 1:
        art, problems = _record_article(records[0], _stem(name), name, "json", "the JSON object", raw)
    else:
        pairs = [_record_article(r, _record_id(r, f"{_stem(name)}-{i}"), name, "json", f"record {i}", raw)
                 for i, r in enumerate(records, start=1)]
        problems = [p for _, ps in pairs for p in ps]
        art = [a for a, _ in pairs if a is not None]
    articles = art if isinstance(art, list) else [art] if art is not None else []
    if not articles:
        raise CorpusError(name, "; ".join(problems) or "no usable record")
    return articles, problems


def _read_jsonl(name: str, raw: bytes) -> tuple[list[RawArticle], list[str]]:
    text, _ = decode_text(raw, name)
    articles, problems = [], []
    for no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = _parse_json(line.strip(), f"line {no}: ", name)
        except CorpusError as exc:
            problems.append(exc.problem + ": left out")
            continue
        art, record_problems = _record_article(record, _record_id(record, f"{_stem(name)}-{no}"), name, "jsonl",
                                               f"line {no}", line.encode("utf-8"))
        problems.extend(record_problems)
        if art is not None:
            articles.append(art)
    if not articles:
        raise CorpusError(name, "; ".join(problems) if problems else "no records in JSON Lines file")
    return articles, problems


_READERS = {".txt": _read_txt, ".html": _read_html, ".htm": _read_html, ".json": _read_json, ".jsonl": _read_jsonl}


def read_articles(path: str | Path, name: str | None = None) -> tuple[list[RawArticle], list[str]]:
    """One file's articles and the problems of its records (a bad JSONL line, a non-text title); raises CorpusError
    naming the file when nothing in it can be read. `name`: the file's name in the corpus (default: its name)."""
    path = Path(path)
    name = name or path.name
    reader = _READERS.get(Path(name).suffix.lower())
    if reader is None:
        raise CorpusError(name, f"unsupported file type {Path(name).suffix!r} (expected {', '.join(sorted(ARTICLE_SUFFIXES))})")
    raw = read_bytes(path)
    try:
        return reader(name, raw)
    except RecursionError as exc:
        raise CorpusError(name, "nested too deeply to be read: refused") from exc


def read_article(path: str | Path) -> list[RawArticle]:
    """Read one file into its article(s); raises CorpusError naming the file and the problem."""
    path = Path(path)
    try:
        return read_articles(path)[0]
    except CorpusError as exc:
        raise CorpusError(path, exc.problem) from exc


def read_file(path: Path, name: str | None = None) -> tuple[str, list[RawArticle], list[str]]:
    """(file name, its articles, problems) for one file: never raises for bad input."""
    name = name or path.name
    try:
        articles, problems = read_articles(path, name)
        return name, articles, [one_line(p) for p in problems]
    except CorpusError as exc:
        return name, [], [one_line(exc.problem)]


def text_key(article: RawArticle) -> str:
    """sha256 of an article's text with white space folded: equal keys mean the same text."""
    return hashlib.sha256(" ".join(" ".join(l.text.split()) for l in article.lines if l.text.strip()).encode()).hexdigest()


def keep_unique(found: list[tuple[str, list[RawArticle], list[str]]]) -> tuple[list[int], list[dict]]:
    """Which articles to keep, given (file, articles, problems) per file in order: duplicates of an earlier
    text are left out and reported, clashing ids are renamed. Returns (kept positions in the flattened
    article list, problems rows)."""
    problems: list[dict] = []
    kept: list[int] = []
    seen_text: dict[str, str] = {}
    seen_ids: set[str] = set()
    position = -1
    for file, articles, file_problems in found:
        problems.extend({"file": file, "problem": p} for p in file_problems)
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


def raise_unreadable(corpus_dir: str | Path, problems: list[dict]) -> None:
    """Raise the error for a corpus folder none of whose files could be read, listing each file's problem."""
    detail = "; ".join(f"{p['file']}: {p['problem']}" for p in problems) or "no article files"
    raise CorpusError(corpus_dir, one_line(f"no readable article in the corpus folder ({detail})"))
