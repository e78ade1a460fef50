"""Build, validate, save and load the tidy tables of one corpus.

`build_tables` is pure (corpus folder in, DataFrames out). `load_tables` is the
one entry point notebooks use: it reads data/processed/<corpus>/ when the
fingerprint there matches the raw files (sha256 of every file) and this
package's code, and rebuilds the tables otherwise, so a notebook opened alone
always sees current tables. Nothing is ever written into the corpus folder.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

import pandas as pd

from . import paths
from .blocks import BLOCK_COLUMNS, block_records, credit_from_blocks
from .errors import CorpusError
from .ingest import (RawArticle, keep_unique, list_article_files, non_article_files, raise_unreadable, read_file,
                     read_manifest, text_key)
from .schemas import SCHEMAS, validate
from .sentences import SENTENCE_COLUMNS, sentence_records
from .text import count_words

FINGERPRINT = "_fingerprint.json"
CORE_TABLES = ("articles", "blocks", "sentences", "problems")


def _source_label(label, outlet, article_id: str) -> str:
    """How charts name an article: the manifest's label, else its outlet, else its id."""
    for value in (label, outlet):
        if isinstance(value, str) and value.strip():
            return value.strip()
    return article_id


SENTENCE_ROLES = ("headline", "standfirst", "heading", "body", "caption")  # captions are read for numbers; furniture never
PARALLEL_FROM = 400  # files; below this a process pool costs more than it saves


def normalise_file(path: Path) -> tuple[str, list[tuple[RawArticle, list[dict], list[dict]]], str | None]:
    """One file read and normalised: (file name, [(article, block records, sentence records)], problem)."""
    name, articles, problem = read_file(path)
    out = []
    for art in articles:
        blocks = block_records(art)
        sentences = [
            {"article_id": b["article_id"], "block_no": b["block_no"], "role": b["role"], **rec}
            for b in blocks if b["role"] in SENTENCE_ROLES for rec in sentence_records(b["text"])
        ]
        art.meta["_text_key"] = text_key(art)
        art.lines = []  # the blocks hold the text; keeps what travels back from a worker small
        out.append((art, blocks, sentences))
    return name, out, problem


def _normalise_all(files: list[Path], workers: int | None) -> list:
    if workers is None:
        workers = (os.cpu_count() or 1) if len(files) >= PARALLEL_FROM else 1
    if workers <= 1:
        return [normalise_file(p) for p in files]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(normalise_file, files, chunksize=max(1, len(files) // (workers * 8))))


def unique_labels(labels: pd.Series) -> pd.Series:
    """Labels made unique per article: a second article from the same outlet becomes 'Outlet #2' (the first
    'Outlet #1'), so per-source tables and charts never merge two articles."""
    counts = labels.groupby(labels).cumcount() + 1
    repeated = labels.duplicated(keep=False)
    return labels.where(~repeated, labels + " #" + counts.astype(str))


def build_tables(corpus_dir: str | Path, workers: int | None = None) -> dict[str, pd.DataFrame]:
    """The core tables of a corpus folder: articles, blocks, sentences and problems (files left out).

    Each file is normalised on its own (`normalise_file`), in a process pool for large corpora (`workers`:
    None = all cores from PARALLEL_FROM files on), then duplicates across files are removed.
    """
    corpus_dir = Path(corpus_dir)
    manifest = {r["file"]: r for r in read_manifest(corpus_dir).to_dict("records")}
    results = _normalise_all(list_article_files(corpus_dir), workers)
    kept, problems = keep_unique([(name, [a for a, _, _ in arts], problem) for name, arts, problem in results])
    flat = [item for _, arts, _ in results for item in arts]
    problems = pd.DataFrame(non_article_files(corpus_dir) + problems, columns=["file", "problem"]).astype(str)
    if not kept:
        raise_unreadable(corpus_dir, problems.to_dict("records"))
    block_rows, sentence_rows, article_rows = [], [], []
    for art, blocks, sentences in (flat[i] for i in kept):
        for row in blocks + sentences:
            row["article_id"] = art.article_id  # a clashing id may have been renamed
        block_rows.extend(blocks)
        sentence_rows.extend(sentences)
        meta = dict(art.meta)
        row = manifest.get(art.file) if art.fmt != "jsonl" else None
        pick = lambda key: (row.get(key) if row is not None and isinstance(row.get(key), str) else None) or meta.get(key)
        credit, basis = (pick("credit"), pick("credit_basis"))
        inferred = False
        if not credit:
            credit, basis = credit_from_blocks(blocks)
            inferred = credit is not None
        else:
            inferred = bool(basis and "inferred" in str(basis).lower())
        heads = [b["text"] for b in blocks if b["role"] == "headline"]
        stands = [b["text"] for b in blocks if b["role"] == "standfirst"]
        body = [b["text"] for b in blocks if b["role"] == "body"]
        article_rows.append({
            "article_id": art.article_id, "file": art.file, "format": art.fmt, "encoding": art.encoding,
            "source": _source_label(pick("label"), pick("outlet"), art.article_id), "outlet": pick("outlet"),
            "credit": credit, "credit_inferred": inferred, "credit_basis": basis,
            "url": pick("url"), "published": str(pick("published")) if pick("published") else None,
            "headline": pick("title") or (heads[0] if heads else None),
            "standfirst": stands[0] if stands else meta.get("description"),
            "n_blocks": len(blocks), "n_sentences": 0,
            "n_words": int(sum(count_words(t) for t in body)), "sha256": art.sha256,
        })
    blocks = pd.DataFrame(block_rows, columns=BLOCK_COLUMNS)
    sentences = pd.DataFrame(sentence_rows, columns=SENTENCE_COLUMNS).astype(
        {"block_no": int, "sentence_no": int, "start": int, "end": int, "in_quote": bool, "quote_share": float})
    articles = pd.DataFrame(article_rows)
    articles["source"] = unique_labels(articles["source"])
    counts = sentences[sentences["role"] == "body"].groupby("article_id").size()
    articles["n_sentences"] = articles["article_id"].map(counts).fillna(0).astype(int)
    tables = {"articles": articles, "blocks": blocks, "sentences": sentences, "problems": problems}
    return {name: validate(name, frame) for name, frame in tables.items()}


def raw_fingerprint(corpus_dir: str | Path) -> dict:
    """sha256 of every file of the corpus folder (top level) and of this package's source code."""
    corpus_dir = Path(corpus_dir)
    files = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
             for p in sorted(corpus_dir.iterdir()) if p.is_file() and not p.name.startswith(".")}
    code = hashlib.sha256()
    for p in sorted(Path(__file__).parent.glob("*.py")):
        code.update(p.read_bytes())
    return {"files": files, "code": code.hexdigest()}


def save_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path) -> dict[str, pd.DataFrame]:
    """Validate each table, write it to out_dir/<name>.parquet (atomically, file by file), and return the
    validated tables (typed as their schema says, also when empty)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    saved = {}
    for name, frame in tables.items():
        frame = validate(name, frame) if name in SCHEMAS else frame
        saved[name] = frame
        fd, tmp = tempfile.mkstemp(dir=out_dir, suffix=".parquet.tmp")
        os.close(fd)
        frame.to_parquet(tmp, index=False)
        os.replace(tmp, out_dir / f"{name}.parquet")
    return saved


def load_tables(corpus_dir: str | Path | None = None, processed_dir: str | Path | None = None,
                names: tuple[str, ...] = CORE_TABLES) -> dict[str, pd.DataFrame]:
    """The core tables of a corpus, read from the processed folder, rebuilt first when the raw files or code changed.

    `corpus_dir` and `processed_dir` may be relative to the project root; empty means the default corpus and
    data/processed/<corpus>/.
    """
    corpus_dir = paths.resolve(corpus_dir, paths.DEFAULT_CORPUS_DIR)
    out_dir = paths.processed_dir_for(corpus_dir, processed_dir)
    if out_dir.resolve() == corpus_dir.resolve() or corpus_dir.resolve() in out_dir.resolve().parents:
        raise CorpusError(out_dir, "processed folder lies inside the corpus folder; raw data is never written to")
    if not corpus_dir.is_dir():
        raise CorpusError(corpus_dir, "corpus folder does not exist")
    fingerprint = raw_fingerprint(corpus_dir)
    stamp = out_dir / FINGERPRINT
    fresh = stamp.exists() and json.loads(stamp.read_text()) == fingerprint and all(
        (out_dir / f"{n}.parquet").exists() for n in CORE_TABLES)
    if not fresh:
        tables = build_tables(corpus_dir)
        save_tables(tables, out_dir)
        stamp.write_text(json.dumps(fingerprint, indent=1, sort_keys=True))
    return {n: pd.read_parquet(out_dir / f"{n}.parquet") for n in names}


def open_corpus(corpus_dir=None, processed_dir=None, figures_dir=None):
    """A notebook's set-up in one call: its parameters resolved to (corpus folder, processed folder, figures
    folder) and the corpus's core tables (see `load_tables`), with tables shown in full."""
    from .narrative import show_full_tables

    show_full_tables()
    corpus, out_dir, fig_dir = paths.notebook_paths(corpus_dir, processed_dir, figures_dir)
    return corpus, out_dir, fig_dir, load_tables(corpus, out_dir)
