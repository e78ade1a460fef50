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


def _body_sentences() -> list[str]:
    from helpers.corpus import build_tables

    sentences = build_tables(paths.DEFAULT_CORPUS_DIR)["sentences"]
    return sentences.loc[sentences["role"] == "body", "text"].tolist()


def _timed(fn, items, min_seconds: float = 3.0) -> tuple[float, int]:
    """Seconds per item of fn over items, repeating the pass until min_seconds have elapsed."""
    n, t0 = 0, time.perf_counter()
    while True:
        for item in items:
            fn(item)
        n += len(items)
        elapsed = time.perf_counter() - t0
        if elapsed >= min_seconds:
            return elapsed / n, n


def bench_numbers() -> None:
    import warnings

    from helpers.codebooks import load_units
    from helpers.numbers import extract_numbers

    warnings.simplefilter("ignore")
    from quantulum3 import parser

    from helpers.corpus import build_tables

    tables = build_tables(paths.DEFAULT_CORPUS_DIR)
    body = tables["blocks"][tables["blocks"]["role"] == "body"]
    articles = body.groupby("article_id")["text"].agg("\n\n".join).tolist()
    sentences = _body_sentences()
    units = load_units(paths.codebook_path("units.csv"))
    parser.parse(sentences[0])  # load quantulum3's data once, outside the timing
    for label, texts in (("article body texts", articles), ("body sentences", sentences)):
        ours, n_ours = _timed(lambda s: extract_numbers(s, units), texts)
        peer, n_peer = _timed(parser.parse, texts)
        chars = sum(map(len, texts)) / len(texts)
        print(f"numbers, one call per {label[:-1] if label.endswith('s') else label} ({len(texts)} texts, {chars:,.0f} chars each): "
              f"extract_numbers {chars / ours / 1000:,.0f} kchars/s, quantulum3 {chars / peer / 1000:,.0f} kchars/s: "
              f"ratio {peer / ours:.1f}x (target >= 20x)")


def _seed_like_sentences(copies: int):
    """The default corpus's tables with the sentences repeated `copies` times under new article ids."""
    import pandas as pd

    from helpers.corpus import build_tables

    tables = build_tables(paths.DEFAULT_CORPUS_DIR)
    sentences = pd.concat([tables["sentences"].assign(article_id=lambda d, k=k: d["article_id"] + f"-{k}")
                           for k in range(copies)], ignore_index=True)
    articles = pd.concat([tables["articles"].assign(article_id=lambda d, k=k: d["article_id"] + f"-{k}",
                                                    source=lambda d, k=k: d["source"] + f"-{k}") for k in range(copies)],
                         ignore_index=True)
    return sentences, articles


def bench_sentiment(copies: int = 20) -> None:
    from helpers.sentiment import load_sentiment_codebooks, sentiment_tables

    sentences, articles = _seed_like_sentences(copies)
    codebooks = load_sentiment_codebooks(paths.DEFAULT_CORPUS_DIR)
    n = int((sentences["role"] == "body").sum())
    t0 = time.perf_counter()
    sentiment_tables(sentences, articles, codebooks["actors"], codebooks["lexicon"])
    seconds = time.perf_counter() - t0
    print(f"sentiment: whole step (both methods, voices, actors, bootstrap intervals) on {n} body sentences "
          f"in {seconds:.1f} s = {n / seconds:,.0f} sentences/s")


def bench_framing(copies: int = 20) -> None:
    import pandas as pd

    from helpers.corpus import build_tables
    from helpers.framing import framing_tables, load_framing_codebooks

    sentences, articles = _seed_like_sentences(copies)
    blocks = build_tables(paths.DEFAULT_CORPUS_DIR)["blocks"]
    blocks = pd.concat([blocks.assign(article_id=lambda d, k=k: d["article_id"] + f"-{k}") for k in range(copies)],
                       ignore_index=True)
    articles = articles.assign(headline="")
    codebooks = load_framing_codebooks(paths.DEFAULT_CORPUS_DIR)
    n = int((sentences["role"] == "body").sum())
    t0 = time.perf_counter()
    framing_tables(sentences, blocks, articles, codebooks)
    seconds = time.perf_counter() - t0
    print(f"framing: whole step (frames, quotations, voices, log-odds, contested terms, leads) on {n} body sentences "
          f"in {seconds:.1f} s = {n / seconds:,.0f} sentences/s")


def bench_report() -> None:
    import json

    from jupyter_client.manager import start_new_kernel

    from helpers.runner import run_report

    t0 = time.perf_counter()
    manager, client = start_new_kernel(kernel_name="python3")
    kernel_start = time.perf_counter() - t0
    client.stop_channels()
    manager.shutdown_kernel(now=True)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        run_dir = run_report(paths.DEFAULT_CORPUS_DIR, Path(tmp), log=lambda *_: None)
        total = time.perf_counter() - t0
        record = json.loads((run_dir / "run.json").read_text())
    print(f"report: default corpus end to end in {total:.1f} s (target < 60 s); one kernel start {kernel_start:.1f} s "
          f"(paid once per notebook)")
    for nb in record["notebooks"]:
        print(f"  {nb['notebook']:<24} execute {nb['seconds']:5.1f} s   HTML {nb['html_seconds']:4.1f} s")


def bench_scale() -> None:
    """The growth curve: 50, 500 and 5,000 articles from 5, 25 and 100 outlets (benchmarks/scale.py)."""
    sys.path.insert(0, str(Path(__file__).parent))
    import scale

    scale.main([])


SECTIONS = {"normalise": bench_normalise, "numbers": bench_numbers, "sentiment": bench_sentiment,
            "framing": bench_framing, "report": bench_report, "scale": bench_scale}

if __name__ == "__main__":
    wanted = sys.argv[1:] or list(SECTIONS)
    for name in wanted:
        SECTIONS[name]()
