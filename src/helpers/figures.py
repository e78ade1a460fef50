"""One house style for every chart, and one function that saves every figure (PNG and SVG)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import matplotlib

import matplotlib.pyplot as plt

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
}


MAX_HEIGHT = 30.0  # inches: a chart of a large corpus stays printable


def height_for(n_rows: int, per_row: float, base: float) -> float:
    """A figure height for n_rows rows, capped at MAX_HEIGHT."""
    return min(MAX_HEIGHT, base + per_row * max(1, n_rows))


def apply_style() -> None:
    """Set the house style for the charts drawn after it."""
    plt.rcParams.update(HOUSE_STYLE)


def slug(name: str) -> str:
    """A file-name-safe version of a figure name."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "figure"


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


def save_figure(fig, name: str, figures_dir: str | Path, alt: str | None = None, caption: str = "") -> SavedFigure:
    """Save `fig` as <figures_dir>/<name>.png and .svg in the house style, close it, and return the saved files
    (displayed as the PNG, with `alt` — by default the figure's titles — as alternative text). The caption and
    alternative text are also written to <name>.json, for the run's index page."""
    figures_dir = Path(figures_dir)
    figures_dir.mkdir(parents=True, exist_ok=True)
    paths = {}
    for ext in ("png", "svg"):
        path = figures_dir / f"{slug(name)}.{ext}"
        with atomic_path(path) as tmp:  # a reader never sees half a figure
            fig.savefig(tmp, format=ext, metadata={"Date": None} if ext == "svg" else {"Software": None})
        paths[ext] = path
    alt = alt or describe_figure(fig)
    with atomic_path(figures_dir / f"{slug(name)}.json") as tmp:
        tmp.write_text(json.dumps({"caption": caption, "alt": alt}), encoding="utf-8")
    plt.close(fig)
    return SavedFigure(paths["png"], paths["svg"], alt)
