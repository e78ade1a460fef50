"""Every path the project uses, defined once.

`PROJECT_ROOT` is the repository (src layout, editable install); it can be
moved with the environment variable ``NEWSCOMPARE_ROOT``. Relative paths given
to notebooks or the runner are resolved against it, so a notebook runs the same
from JupyterLab, nbval (cwd = notebooks/) or papermill.
"""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(os.environ.get("NEWSCOMPARE_ROOT", Path(__file__).resolve().parents[2]))
DATA_DIR = PROJECT_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
PROCESSED_DIR = DATA_DIR / "processed"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
REPORTS_DIR = PROJECT_ROOT / "reports"
CODEBOOKS_DIR = PROJECT_ROOT / "codebooks"
# The default corpus is named in a data file, so that changing it touches no code.
DEFAULT_CORPUS = (DATA_DIR / "default_corpus.txt").read_text(encoding="utf-8").strip()
DEFAULT_CORPUS_DIR = RAW_DIR / DEFAULT_CORPUS


def resolve(path: str | os.PathLike | None, default: Path) -> Path:
    """An absolute path: `path` (relative ones against PROJECT_ROOT), or `default` when empty."""
    if path is None or str(path).strip() == "":
        return default
    p = Path(path).expanduser()
    return p if p.is_absolute() else (PROJECT_ROOT / p)


def corpus_name(corpus_dir: str | os.PathLike) -> str:
    """The corpus's name: its folder's name."""
    return Path(corpus_dir).resolve().name


def processed_dir_for(corpus_dir: str | os.PathLike, processed_dir: str | os.PathLike | None = None) -> Path:
    """Where a corpus's tables go: `processed_dir`, or data/processed/<corpus>/."""
    return resolve(processed_dir, PROCESSED_DIR / corpus_name(corpus_dir))


def figures_dir_for(corpus_dir: str | os.PathLike, figures_dir: str | os.PathLike | None = None) -> Path:
    """Where a corpus's figures go: `figures_dir`, or reports/<corpus>/figures/."""
    return resolve(figures_dir, REPORTS_DIR / corpus_name(corpus_dir) / "figures")


def codebook_path(name: str, corpus_dir: str | os.PathLike | None = None) -> Path:
    """A codebook file: codebooks/<corpus>/<name> when the corpus has its own, else codebooks/default/<name>.

    Codebooks are data (CSV) a user edits without touching code; they live outside data/raw so that the raw
    corpus stays exactly as received.
    """
    if corpus_dir is not None:
        own = CODEBOOKS_DIR / corpus_name(corpus_dir) / name
        if own.exists():
            return own
    return CODEBOOKS_DIR / "default" / name


def notebook_paths(corpus_dir, processed_dir=None, figures_dir=None) -> tuple[Path, Path, Path]:
    """A notebook's parameters resolved: (corpus folder, processed-tables folder, figures folder)."""
    corpus = resolve(corpus_dir, DEFAULT_CORPUS_DIR)
    return corpus, processed_dir_for(corpus, processed_dir), figures_dir_for(corpus, figures_dir)


def inside(path: str | os.PathLike, folder: str | os.PathLike) -> bool:
    """True when `path` is `folder` or lies inside it (real paths: links resolved)."""
    path, folder = Path(path).resolve(), Path(folder).resolve()
    return path == folder or folder in path.parents
