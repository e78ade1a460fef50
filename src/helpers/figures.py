"""One house style for every chart, and one function that saves every figure (PNG and SVG)."""
from __future__ import annotations

import hashlib
import html
import json
import os
import re
import shutil
from pathlib import Path

import matplotlib

import matplotlib.pyplot as plt
import pandas as pd

from .filecache import CACHE_ENV
from .safe_write import atomic_path

# Okabe–Ito palette: distinguishable for the common forms of colour blindness and in greyscale print.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
DIVERGING = "RdBu"  # for signed scores (tone): red negative, blue positive, white neutral
SEQUENTIAL = "Blues"

HOUSE_STYLE = {
    "figure.dpi": 110,
    "savefig.dpi": 200,
    "savefig.bbox": "tight",
    "font.size": 10,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.labelsize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
    "legend.frameon": False,
    "svg.fonttype": "none",
    "svg.hashsalt": "newscompare",  # stable SVG ids, so a re-run gives the same file
    "text.parse_math": False,  # article text such as "$12m and $5m" is text, never TeX
    "axes.formatter.useoffset": False,  # never a '1e8' offset above an axis
}


MAX_HEIGHT = 30.0  # inches: a chart of a large corpus stays printable


def height_for(n_rows: int, per_row: float, base: float) -> float:
    """A figure height for n_rows rows, capped at MAX_HEIGHT."""
    return min(MAX_HEIGHT, base + per_row * max(1, n_rows))


def apply_style() -> None:
    """Set the house style for the charts drawn after it."""
    plt.rcParams.update(HOUSE_STYLE)


SCALE_WORDS = [(1e12, "T"), (1e9, "bn"), (1e6, "M"), (1e3, "k")]


def compact_number(value: float) -> str:
    """A tick as people write it: 1.2M, 35k, 1,500, 0.25, −3 (never 1e9, never an offset)."""
    if value != value:
        return ""
    sign = "−" if value < 0 else ""
    size = abs(value)
    for scale, word in SCALE_WORDS:
        if size >= scale and not (word == "k" and size < 1e4):
            return f"{sign}{size / scale:.3g}{word}"
    if size == 0:
        return "0"
    if float(size).is_integer():
        return f"{sign}{int(size):,}"
    return f"{sign}{size:.3g}" if size < 1 else f"{sign}{size:,.2f}".rstrip("0").rstrip(".")


def _clock(v: float) -> str:
    """Decimal hours of the day (16.5) as a clock time ('16:30')."""
    if not 0 <= v < 24:
        return ""
    hours, minutes = divmod(round(v * 60), 60)
    return f"{hours:02d}:{minutes:02d}"


def _date(v: float) -> str:
    """A YYYYMMDD value (year 0: unknown, day 0: unknown) as '2025-06-20', '06-20' or '2025-06'; blank between dates."""
    if not float(v).is_integer() or v <= 0:
        return ""
    year, month, day = int(v) // 10000, int(v) // 100 % 100, int(v) % 100
    if not 1 <= month <= 12 or day > 31:
        return ""
    text = f"{month:02d}" + (f"-{day:02d}" if day else "")
    return f"{year:04d}-{text}" if year else text


TICK_TEXT = {"time": _clock, "year": lambda v: f"{int(v)}" if float(v).is_integer() else "", "date": _date}


def people_ticks(axis, kind: str = "", nbins: int = 5, integer: bool = False) -> None:
    """Ticks on a numeric axis that people read: at most `nbins` + 1 of them, written as `compact_number` (or as
    clock times, years, dates for those kinds), with no offset or scientific notation text."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    axis.set_major_locator(MaxNLocator(nbins=nbins, steps=[1, 2, 2.5, 5, 10], integer=integer or kind in ("year", "date")))
    text = TICK_TEXT.get(kind, compact_number)
    axis.set_major_formatter(FuncFormatter(lambda v, _: text(v)))


_DOMAIN = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:www\d?\.|m\.|amp\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:[/:?#].*)?$", re.I)
_COUNT = re.compile(r" \((\d[\d,]*) articles\)$")  # 'wire.example (3 articles)': see helpers.outlets.outlet_view
_SUFFIXES = re.compile(r"(?:\.(?:com|org|net|info|news|co|gov|ac|edu|int|[a-z]{2}))+$", re.I)


def short_label(label, max_chars: int = 24) -> str:
    """A readable chart name for a source: a domain or URL ('https://www.example-news.co.uk/x') becomes its name
    ('example-news'); a label longer than `max_chars` is cut at a word boundary with '…'. The label a source
    already has is its manifest label, else its outlet, else its file name (see the articles table)."""
    text = " ".join(str(label).split())
    count = _COUNT.search(text)  # an outlet's number of articles stays on the chart, the name is cut instead
    if count and count.start() > 0:
        suffix = f" ({count.group(1)} art.)"
        return short_label(text[: count.start()], max(16, max_chars - len(suffix))) + suffix
    domain = _DOMAIN.match(text) if " " not in text else None
    if domain:
        text = _SUFFIXES.sub("", domain.group(1)) or domain.group(1)
    if len(text) <= max_chars:
        return text
    cut = text[: max_chars - 1]
    words = cut.rsplit(" ", 1)[0] if " " in cut and len(cut.rsplit(" ", 1)[0]) >= max_chars // 2 else cut
    return words.rstrip(" ,;:-–—") + "…"


def short_labels(labels, max_chars: int = 24) -> dict:
    """Each distinct label → its `short_label`, unique: labels that shorten alike keep their shared start, shortened,
    and the words that tell them apart ('Regional Broadcaste… 14'); a number (' (2)') when even that is shared."""
    labels = list(dict.fromkeys(labels))
    first = {label: short_label(label, max_chars) for label in labels}
    groups: dict[str, list] = {}
    for label in labels:
        groups.setdefault(first[label], []).append(label)
    out, used = {}, set()
    for label in labels:
        short = first[label]
        if len(groups[short]) > 1:
            short = _distinct_label(label, groups[short], max_chars)
        base, k = short, 2
        while short in used:
            short, k = f"{base[: max_chars - 4]} ({k})", k + 1
        used.add(short)
        out[label] = short
    return out


def _distinct_label(label, group: list, max_chars: int) -> str:
    """`label` among labels that shorten alike: their common first words, shortened, then what is its own."""
    split = [" ".join(str(g).split()).split(" ") for g in group]
    words = " ".join(str(label).split()).split(" ")
    head = 0
    while all(len(s) > head and s[head] == words[head] for s in split):
        head += 1
    tail = 0
    while all(len(s) > head + tail and s[-1 - tail] == words[-1 - tail] for s in split) and len(words) > head + tail:
        tail += 1
    own = " ".join(words[head:len(words) - tail]) or " ".join(words)
    own = own if len(own) <= max_chars // 2 else own[: max_chars // 2 - 1] + "…"
    lead = short_label(" ".join(words[:head]), max(4, max_chars - len(own) - 1)) if head else ""
    if lead and not lead.endswith("…"):
        lead += "…"
    return f"{lead} {own}".strip()


def slug(name: str) -> str:
    """A file-name-safe version of a figure name."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "figure"


class NoChart:
    """What a chart function returns when there is nothing to draw: a sentence, shown instead of an empty chart."""

    def __init__(self, message: str):
        self.message = message

    def _repr_markdown_(self) -> str:
        return f"*{html.escape(self.message)}*"

    def __repr__(self) -> str:
        return f"NoChart({self.message!r})"


class SavedFigure:
    """A figure saved as PNG and SVG; a notebook displays it as the saved PNG, so what readers see is the file."""

    def __init__(self, png: Path, svg: Path, alt: str = ""):
        self.png, self.svg, self.alt = png, svg, alt

    def _repr_png_(self) -> tuple[bytes, dict]:
        return self.png.read_bytes(), {"alt": self.alt}  # alternative text for screen readers in the HTML reports

    def __getitem__(self, ext: str) -> Path:
        return {"png": self.png, "svg": self.svg}[ext]

    def __repr__(self) -> str:
        return f"SavedFigure({self.png.name}, {self.svg.name})"


def describe_figure(fig) -> str:
    """Alternative text for a figure: its titles, or its name when it has none."""
    titles = [fig._suptitle.get_text()] if getattr(fig, "_suptitle", None) else []
    titles += [ax.get_title() or ax.get_title(loc="left") for ax in fig.axes]
    texts = [t for t in dict.fromkeys(titles) if t] or [t.get_text() for ax in fig.axes for t in ax.texts][:1]
    return "Chart: " + "; ".join(texts) if texts else "Chart"


MAX_PNG_PIXELS = 3_000_000  # a tall chart of many outlets is saved at a lower resolution: reports stay small


def png_dpi(fig) -> float:
    """The PNG resolution: the house style's (savefig.dpi), lowered for a large figure so that it holds at most
    MAX_PNG_PIXELS pixels."""
    width, height = fig.get_size_inches()
    style = plt.rcParams["savefig.dpi"]
    dpi = fig.dpi if style == "figure" else float(style)
    return min(dpi, (MAX_PNG_PIXELS / max(1.0, width * height)) ** 0.5)


FIGURE_CACHE = "figures"  # under $NEWSCOMPARE_CACHE_DIR: SVG renderings by the digest of their figure's PNG
FIGURE_CACHE_SIZE = 200  # renderings kept (the most recently used)


def rendering_key(png: bytes, fig) -> str:
    """The key of a figure's SVG rendering: its PNG (every pixel), every text it holds (an SVG keeps text as text), the
    style in force and matplotlib's version."""
    from matplotlib.text import Text

    texts = "\0".join(t.get_text() for t in fig.findobj(Text))
    style = repr(sorted((k, repr(v)) for k, v in plt.rcParams.items()))
    parts = [hashlib.sha256(png).digest(), texts.encode(), style.encode(), matplotlib.__version__.encode()]
    return hashlib.sha256(b"\0".join(parts)).hexdigest()


def _svg(fig, path: Path, png: bytes, cache_dir: str | None) -> None:
    """Save `fig` as SVG at `path` (after its PNG, as always: the first drawing fixes the layout); with a cache folder,
    a figure drawn before (this run's 05 draws three charts of 02-04 again; an unchanged chart in a rerun) is copied
    from there instead of rendered again."""
    cached = Path(cache_dir) / FIGURE_CACHE / f"{rendering_key(png, fig)}.svg" if cache_dir else None
    if cached is not None and cached.is_file():
        try:
            with atomic_path(path) as tmp:
                shutil.copyfile(cached, tmp)
            os.utime(cached)  # recently used: kept when the cache is pruned
            return
        except OSError:  # an unreadable entry: rendered below
            pass
    with atomic_path(path) as tmp:
        fig.savefig(tmp, format="svg", metadata={"Date": None})
    if cached is not None:
        _keep_rendering(path, cached)


def _keep_rendering(path: Path, cached: Path) -> None:
    """Store a rendering in the cache and drop the least recently used beyond FIGURE_CACHE_SIZE; a cache that cannot
    be written only costs time."""
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(cached) as tmp:
            shutil.copyfile(path, tmp)
        entries = sorted(cached.parent.glob("*.svg"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[FIGURE_CACHE_SIZE:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass


def save_figure(fig, name: str, figures_dir: str | Path, alt: str | None = None,
                caption: str = "") -> SavedFigure | NoChart:
    """Save `fig` as <figures_dir>/<name>.png and .svg in the house style, close it, and return the saved files
    (displayed as the PNG, with `alt` — by default the figure's titles — as alternative text). The caption and
    alternative text are also written to <name>.json, for the run's index page. A `NoChart` (nothing to draw)
    saves nothing and is returned as is: the notebook shows its sentence. With $NEWSCOMPARE_CACHE_DIR (set by the
    runner), the SVG of a figure drawn before is read from the cache (`rendering_key`), not rendered again."""
    figures_dir = Path(figures_dir)
    if isinstance(fig, NoChart):  # nothing to draw: no file (an older run's file of that name goes), the sentence shows
        for ext in ("png", "svg", "json"):
            (figures_dir / f"{slug(name)}.{ext}").unlink(missing_ok=True)
        return fig
    figures_dir.mkdir(parents=True, exist_ok=True)
    paths = {ext: figures_dir / f"{slug(name)}.{ext}" for ext in ("png", "svg")}
    with atomic_path(paths["png"]) as tmp:  # a reader never sees half a figure
        fig.savefig(tmp, format="png", metadata={"Software": None}, dpi=png_dpi(fig))
    _svg(fig, paths["svg"], paths["png"].read_bytes(), os.environ.get(CACHE_ENV))
    alt = alt or describe_figure(fig)
    with atomic_path(figures_dir / f"{slug(name)}.json") as tmp:
        tmp.write_text(json.dumps({"caption": caption, "alt": alt}), encoding="utf-8")
    plt.close(fig)
    return SavedFigure(paths["png"], paths["svg"], alt)


_NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}


def counted_caption(n: int, noun: str, rest: str = "") -> str:
    """A caption that counts the panels it captions (session 16): 'The leading disputed figure', 'The two leading
    disputed figures' (`noun` singular, 'leading disputed figure'; its plural adds an s), then `rest`."""
    head = f"The {noun}" if n == 1 else f"The {noun}s" if n < 1 else f"The {_NUMBER_WORDS.get(n, str(n))} {noun}s"
    return head + (f": {rest}" if rest else "")

