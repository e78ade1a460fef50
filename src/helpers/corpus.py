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
from .blocks import classify, credit_from_blocks
from .errors import CorpusError
from .ingest import read_corpus, read_manifest
from .schemas import SCHEMAS, validate
from .sentences import sentences_from_blocks
from .text import count_words

FINGERPRINT = "_fingerprint.json"
CORE_TABLES = ("articles", "blocks", "sentences", "problems")


def _source_label(label, outlet, article_id: str) -> str:
    """How charts name an article: the manifest's label, else its outlet, else its id."""
    for value in (label, outlet):
        if isinstance(value, str) and value.strip():
            return value.strip()
    return article_id


def build_tables(corpus_dir: str | Path) -> dict[str, pd.DataFrame]:
    """The core tables of a corpus folder: articles, blocks, sentences and problems (files left out)."""
    corpus_dir = Path(corpus_dir)
    manifest = read_manifest(corpus_dir).set_index("file", drop=False)
    raw_articles, problems = read_corpus(corpus_dir)
    block_frames, article_rows = [], []
    for art in raw_articles:
        blocks = classify(art)
        block_frames.append(blocks)
        meta = dict(art.meta)
        row = manifest.loc[art.file] if art.file in manifest.index and art.fmt != "jsonl" else None
        pick = lambda key: (row.get(key) if row is not None and isinstance(row.get(key), str) else None) or meta.get(key)
        credit, basis = (pick("credit"), pick("credit_basis"))
        inferred = False
        if not credit:
            credit, basis = credit_from_blocks(blocks)
            inferred = credit is not None
        else:
            inferred = bool(basis and "inferred" in str(basis).lower())
        heads = blocks.loc[blocks["role"] == "headline", "text"]
        stands = blocks.loc[blocks["role"] == "standfirst", "text"]
        body = blocks.loc[blocks["role"] == "body", "text"]
        article_rows.append({
            "article_id": art.article_id, "file": art.file, "format": art.fmt, "encoding": art.encoding,
            "source": _source_label(pick("label"), pick("outlet"), art.article_id), "outlet": pick("outlet"),
            "credit": credit, "credit_inferred": inferred, "credit_basis": basis,
            "url": pick("url"), "published": str(pick("published")) if pick("published") else None,
            "headline": pick("title") or (heads.iloc[0] if len(heads) else None),
            "standfirst": stands.iloc[0] if len(stands) else meta.get("description"),
            "n_blocks": len(blocks), "n_sentences": 0,
            "n_words": int(sum(count_words(t) for t in body)), "sha256": art.sha256,
        })
    blocks = pd.concat(block_frames, ignore_index=True)
    sentences = sentences_from_blocks(blocks)
    articles = pd.DataFrame(article_rows)
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


def save_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path) -> None:
    """Validate each table and write it to out_dir/<name>.parquet (atomically, file by file)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, frame in tables.items():
        frame = validate(name, frame) if name in SCHEMAS else frame
        fd, tmp = tempfile.mkstemp(dir=out_dir, suffix=".parquet.tmp")
        os.close(fd)
        frame.to_parquet(tmp, index=False)
        os.replace(tmp, out_dir / f"{name}.parquet")


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
