"""Speed benchmarks (`make bench`): printed, never asserted in unit tests.

Sections: normalisation (articles/s on 10,000 seed-like articles), and each analysis step that
exists (numbers vs quantulum3 as a ratio, sentiment and framing sentences/s, report breakdown).
Run one section with `python benchmarks/run.py normalise` (names below).
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from helpers import paths

SEEDS = sorted(paths.DEFAULT_CORPUS_DIR.glob("*.txt"))


def make_corpus(folder: Path, n_articles: int) -> Path:
    """n_articles seed-like articles: the seeds, each copy with its own closing line so none is a duplicate."""
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    for i in range(n_articles):
        base = texts[i % len(texts)]
        (folder / f"a{i:05d}.txt").write_text(base + f"\n\nCopy {i} of the benchmark corpus ends here.\n", encoding="utf-8")
    return folder


def bench_normalise(n_articles: int = 10_000) -> None:
    from helpers.corpus import build_tables

    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(Path(tmp) / "bench", n_articles) if (Path(tmp) / "bench").mkdir() is None else None
        t0 = time.perf_counter()
        tables = build_tables(corpus)
        seconds = time.perf_counter() - t0
    n = len(tables["articles"])
    print(f"normalise: {n} articles, {len(tables['sentences'])} sentences in {seconds:.1f} s "
          f"= {n / seconds:,.0f} articles/s (target: 10,000 in under 60 s)")


SECTIONS = {"normalise": bench_normalise}

if __name__ == "__main__":
    wanted = sys.argv[1:] or list(SECTIONS)
    for name in wanted:
        SECTIONS[name]()
