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
from pathlib import Path

import pandas as pd
from pandera.errors import SchemaErrors

from . import paths
from .blocks import BLOCK_COLUMNS, CROSSHEAD_REASON, block_records, credit_from_blocks, published_from_blocks
from .distributed import PARALLEL_FROM, compute_for  # noqa: F401  (PARALLEL_FROM re-exported)
from .errors import CorpusError
from .filecache import cache_dir_for, cached_map, code_version, file_key
from .ingest import (ARTICLE_SUFFIXES, CorpusFile, RawArticle, discover, find_files, keep_unique, max_file_bytes,
                     raise_unreadable, read_bytes, read_file, text_key)
from .language import detect_language, language_problems, left_out_note, method_tables
from .manifest import published_or_problem, read_manifest, zone_note
from .narrative import md
from .safe_write import atomic_path, write_text
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


def is_sentence_block(block: dict) -> bool:
    """A block whose text is split into sentences: a role of `SENTENCE_ROLES`, but never a cross-head in capitals
    without a figure (`blocks.CROSSHEAD_REASON`: a tabloid's section title, 'HISTORY REPEATING', is no sentence of
    the story; one that states a figure, 'NINE DEAD', stays a heading sentence so that its figure is read, as the
    keys count a heading's figures)."""
    if block["role"] not in SENTENCE_ROLES:
        return False
    if block.get("reason") != CROSSHEAD_REASON:
        return True
    from .numbers import number_records

    return bool(number_records(block["text"]))


def normalise_file(item: CorpusFile | Path) -> tuple[str, list[tuple[RawArticle, list[dict], list[dict]]], list[str]]:
    """One file read and normalised: (file name, [(article, block records, sentence records)], problems)."""
    item = item if isinstance(item, CorpusFile) else CorpusFile(Path(item), Path(item).name)
    name, articles, problems = read_file(item.path, item.name)
    out = []
    for art in articles:
        blocks = block_records(art)
        sentences = [
            {"article_id": b["article_id"], "block_no": b["block_no"], "role": b["role"], **rec}
            for b in blocks if is_sentence_block(b) for rec in sentence_records(b["text"])
        ]
        art.meta["_text_key"] = text_key(art)
        art.meta["language"] = detect_language(" ".join(b["text"] for b in blocks if is_sentence_block(b)))[0]
        art.lines = []  # the blocks hold the text; keeps what travels back from a worker small
        out.append((art, blocks, sentences))
    return name, out, problems


def _normalise_all(files: list[CorpusFile], workers: int | None, cache_dir: Path | None = None,
                   scheduler: str | None = None, max_file_mb: float | None = None) -> list:
    """normalise_file over files: each result read from the per-file cache when the file is unchanged, the others
    computed locally (a process pool for large corpora) or on a Dask cluster (`scheduler`)."""
    version = code_version()
    limit = max_file_bytes(max_file_mb)
    keys = [file_key(f.path, f.name, limit, version) for f in files] if cache_dir is not None else [None] * len(files)
    results, _ = cached_map(normalise_file, files, keys, cache_dir, compute_for(scheduler, workers))
    return results


def unique_labels(labels: pd.Series, published: pd.Series | None = None) -> pd.Series:
    """Labels made unique per article: a second article from the same outlet becomes 'Outlet #2' (the first
    'Outlet #1'), so per-source tables and charts never merge two articles. Articles are numbered in order of
    publication (articles without a time after, in file order), so a later article added to a growing corpus gets
    the next number and never renumbers the outlet's earlier ones."""
    order = labels.index if published is None else published.sort_values(na_position="last", kind="stable").index
    counts = (labels.loc[order].groupby(labels.loc[order]).cumcount() + 1).reindex(labels.index)
    repeated = labels.duplicated(keep=False)
    return labels.where(~repeated, labels + " #" + counts.astype(str))


def _published(art: RawArticle, blocks: list[dict], row: dict | None, problems: list[dict]):
    """The manifest's publication time, else the file's own (a news-please date_publish, an HTML page's time, else a
    date line under the headline). A file's own time of day without a zone is read as UTC, with a `problems` note."""
    published = row.get("published") if row is not None else None
    if published is not None and not pd.isna(published):
        return published
    own = art.meta.get("published") or published_from_blocks(blocks)
    if not own:
        return None
    where = f"article {art.article_id}"
    published, problem = published_or_problem(own, where)
    problem = problem or zone_note(own, where)
    if problem:
        problems.append({"file": art.file, "problem": problem})
    return published


def _article_row(art: RawArticle, blocks: list[dict], row: dict | None, problems: list[dict]) -> dict:
    """One articles-table row: the manifest row's metadata first, then the file's own."""
    meta = art.meta
    pick = lambda key: (row.get(key) if row is not None and isinstance(row.get(key), str) else None) or meta.get(key)
    credit, basis = pick("credit"), pick("credit_basis")
    if not credit:
        credit, basis = credit_from_blocks(blocks)
        inferred = credit is not None
    else:
        inferred = bool(basis and "inferred" in str(basis).lower())
    published = _published(art, blocks, row, problems)
    heads = [b["text"] for b in blocks if b["role"] == "headline"]
    stands = [b["text"] for b in blocks if b["role"] == "standfirst"]
    return {
        "article_id": art.article_id, "file": art.file, "format": art.fmt, "encoding": art.encoding,
        "language": meta.get("language"),
        "source": _source_label(pick("label"), pick("outlet"), art.article_id), "outlet": pick("outlet"),
        "credit": credit, "credit_inferred": inferred, "credit_basis": basis, "url": pick("url"), "published": published,
        "headline": pick("title") or (heads[0] if heads else ""),  # "": the article has no headline
        "standfirst": stands[0] if stands else meta.get("description"),
        "n_blocks": len(blocks), "n_sentences": 0,
        "n_words": int(sum(count_words(b["text"]) for b in blocks if b["role"] == "body")), "sha256": art.sha256,
    }


def build_tables(corpus_dir: str | Path, workers: int | None = None, max_file_mb: float | None = None,
                 cache_dir: str | Path | None = None, scheduler: str | None = None) -> dict[str, pd.DataFrame]:
    """The core tables of a corpus folder: articles, blocks, sentences and problems (what was left out, and why).

    Each file is normalised on its own (`normalise_file`), in a process pool for large corpora (`workers`:
    None = all cores from PARALLEL_FROM files on) or on a Dask cluster (`scheduler`, see helpers.distributed), its
    result kept in `cache_dir` (when given) so that an unchanged file is never normalised twice; then duplicates
    across files are removed. Raises CorpusError
    (one line naming each file's problem) when no article can be read.
    """
    corpus_dir = Path(corpus_dir)
    files, found_problems = discover(corpus_dir, max_file_mb)
    manifest, manifest_problems = read_manifest(corpus_dir)
    manifest = {r["file"]: r for r in manifest.to_dict("records")}
    if not files and not found_problems:
        raise CorpusError(corpus_dir, f"empty corpus folder: no article files ({', '.join(sorted(ARTICLE_SUFFIXES))})")
    results = _normalise_all(files, workers, None if cache_dir is None else Path(cache_dir), scheduler, max_file_mb)
    kept, problems = keep_unique([(name, [a for a, _, _ in arts], probs) for name, arts, probs in results])
    problems = found_problems + manifest_problems + problems
    if not kept:
        raise_unreadable(corpus_dir, problems)
    flat = [item for _, arts, _ in results for item in arts]
    block_rows, sentence_rows, article_rows = [], [], []
    for art, blocks, sentences in (flat[i] for i in kept):
        for row in blocks + sentences:
            row["article_id"] = art.article_id  # a clashing id may have been renamed
        block_rows.extend(blocks)
        sentence_rows.extend(sentences)
        article_rows.append(_article_row(art, blocks, manifest.get(art.file) if art.fmt != "jsonl" else None, problems))
    blocks = pd.DataFrame(block_rows, columns=BLOCK_COLUMNS)
    sentences = pd.DataFrame(sentence_rows, columns=SENTENCE_COLUMNS).astype(
        {"block_no": int, "sentence_no": int, "start": int, "end": int, "in_quote": bool, "quote_share": float})
    articles = pd.DataFrame(article_rows)
    articles["published"] = pd.to_datetime(articles["published"], utc=True).astype("datetime64[ns, UTC]")
    articles["source"] = unique_labels(articles["source"], articles["published"])
    counts = sentences[sentences["role"] == "body"].groupby("article_id").size()
    articles["n_sentences"] = articles["article_id"].map(counts).fillna(0).astype(int)
    problems = pd.DataFrame(problems + language_problems(articles), columns=["file", "problem"]).astype(str)
    tables = {"articles": articles, "blocks": blocks, "sentences": sentences, "problems": problems}
    return {name: validate(name, frame) for name, frame in tables.items()}


def raw_fingerprint(corpus_dir: str | Path, max_file_mb: float | None = None) -> dict:
    """sha256 of every file of the corpus folder (recursively, as `ingest.find_files` sees it; a file over the size
    cap by its size and time instead), what was refused there (links, special files), the size cap and this
    package's source code: equal fingerprints mean equal tables."""
    found, refused = find_files(corpus_dir)
    limit = max_file_bytes(max_file_mb)
    files = {}
    for item in found:
        try:
            info = item.path.stat()
            files[item.name] = (hashlib.sha256(read_bytes(item.path, limit)).hexdigest() if info.st_size <= limit
                                else f"size {info.st_size}, modified {info.st_mtime_ns}")
        except (OSError, CorpusError) as exc:
            files[item.name] = f"unreadable: {getattr(exc, 'problem', exc)}"
    code = hashlib.sha256()
    for p in sorted(Path(__file__).parent.glob("*.py")):
        code.update(p.read_bytes())
    return {"files": files, "refused": refused, "max_file_bytes": limit, "code": code.hexdigest()}


def changed_files(before: dict, after: dict) -> list[str]:
    """'name (changed|added|removed)' for every file whose fingerprint differs between two fingerprints."""
    old, new = before.get("files", {}), after.get("files", {})
    return ([f"{n} (changed)" for n in sorted(old.keys() & new.keys()) if old[n] != new[n]]
            + [f"{n} (added)" for n in sorted(new.keys() - old.keys())]
            + [f"{n} (removed)" for n in sorted(old.keys() - new.keys())])


ROW_PROBLEMS = "row_problems"  # rows a table check rejected, per table: kept apart so the other rows are saved


def validate_rows(name: str, frame: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """`frame` validated; rows that fail a row check (an inverted range, a value out of bounds) are left out and
    returned as problems rows (table, article_id, row, problem). A table-wide failure still raises SchemaErrors."""
    frame = frame.reset_index(drop=True)
    try:
        return validate(name, frame), []
    except SchemaErrors as exc:
        cases = exc.failure_cases
        bad = cases["index"].dropna()
        if bad.empty or len(bad) != len(cases):
            raise
    rows = sorted({int(i) for i in bad})
    checks = cases.assign(row=bad.astype(int)).groupby("row")["check"].agg(lambda c: "; ".join(sorted(set(map(str, c)))))
    problems = [{"table": name, "article_id": str(frame.at[i, "article_id"]) if "article_id" in frame else "",
                 "row": i, "problem": _row_problem(name, frame.loc[i], i, checks[i])} for i in rows]
    return validate(name, frame.drop(index=rows).reset_index(drop=True)), problems


def validate_or_drop(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` validated, rows that fail a row check left out and named in a note (see `validate_rows`)."""
    frame, problems = validate_rows(name, frame)
    if problems:
        _show_note(_row_note(problems))
    return frame


def _row_note(problems: list[dict]) -> str:
    return (f"**{len(problems)} row(s) failed a table check and are left out** (the other rows are kept): "
            + "; ".join(md(p["problem"]) for p in problems[:10]) + ("…" if len(problems) > 10 else ""))


def _row_problem(name: str, row: pd.Series, i: int, checks: str) -> str:
    where = f"article {row['article_id']}, " if "article_id" in row else ""
    text = f" {str(row['text'])[:80]!r}" if "text" in row else ""
    return f"{name} row {i} ({where}{text.strip() or 'no text'}) fails the table check: {checks}; row left out"


def save_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path) -> dict[str, pd.DataFrame]:
    """Validate each table, write it to out_dir/<name>.parquet (atomically, file by file), and return the
    validated tables (typed as their schema says, also when empty). Rows that fail a row check are left out,
    listed in out_dir/row_problems.parquet and shown as a note, never failing the other rows."""
    out_dir = Path(out_dir)
    saved, problems = {}, []
    for name, frame in tables.items():
        if name in SCHEMAS:
            frame, dropped = validate_rows(name, frame)
            problems.extend(dropped)
        saved[name] = frame
        with atomic_path(out_dir / f"{name}.parquet") as tmp:
            frame.to_parquet(tmp, index=False)
    _record_row_problems(out_dir, list(tables), problems)
    return saved


def _record_row_problems(out_dir: Path, names: list[str], problems: list[dict]) -> None:
    """The rows `names`' checks rejected, in out_dir/row_problems.parquet (read, updated and written under a lock:
    notebooks run at once and each records its own tables' rows)."""
    from filelock import FileLock

    if not problems and not (out_dir / f"{ROW_PROBLEMS}.parquet").exists():
        return  # nothing to record, nothing recorded before
    with FileLock(str(out_dir / f".{ROW_PROBLEMS}.lock")):
        _update_row_problems(out_dir, names, problems)


def _update_row_problems(out_dir: Path, names: list[str], problems: list[dict]) -> None:
    path = out_dir / f"{ROW_PROBLEMS}.parquet"
    try:
        old = pd.read_parquet(path) if path.exists() else None
    except Exception:  # a damaged record of earlier problems is rewritten
        old = None
    if old is not None:
        old = old[~old["table"].isin(names)]
    if not problems and (old is None or old.empty) and not path.exists():
        return
    frame = pd.concat([old, pd.DataFrame(problems, columns=["table", "article_id", "row", "problem"])],
                      ignore_index=True) if old is not None else pd.DataFrame(problems, columns=["table", "article_id", "row", "problem"])
    with atomic_path(path) as tmp:
        frame.astype({"table": str, "article_id": str, "row": int, "problem": str}).to_parquet(tmp, index=False)
    if problems:
        _show_note(_row_note(problems))


def _show_note(markdown: str) -> None:
    """Show a note in the notebook being run (nothing outside IPython)."""
    try:
        from IPython import get_ipython
        from IPython.display import Markdown, display
    except ImportError:
        return
    if get_ipython() is not None:
        display(Markdown(markdown))


def _cached(out_dir: Path, fingerprint: dict, names: tuple[str, ...]) -> dict[str, pd.DataFrame] | None:
    """The cached tables when the stamp matches the fingerprint and every table reads; None when stale,
    missing, empty or corrupt (then they are rebuilt)."""
    try:
        if json.loads((out_dir / FINGERPRINT).read_text(encoding="utf-8")) != fingerprint:
            return None
        return {n: pd.read_parquet(out_dir / f"{n}.parquet") for n in dict.fromkeys(CORE_TABLES + tuple(names))}
    except Exception:  # an unreadable stamp or table (empty after a full disk, truncated) means: rebuild
        return None


def load_tables(corpus_dir: str | Path | None = None, processed_dir: str | Path | None = None,
                names: tuple[str, ...] = CORE_TABLES, max_file_mb: float | None = None,
                scheduler: str | None = None) -> dict[str, pd.DataFrame]:
    """The core tables of a corpus, read from the processed folder, rebuilt first when the raw files or code
    changed, or when the cache is empty or corrupt. A rebuild normalises only new or changed files (per-file
    cache, see helpers.filecache), locally or on the Dask cluster at `scheduler`.

    `corpus_dir` and `processed_dir` may be relative to the project root; empty means the default corpus and
    data/processed/<corpus>/.
    """
    corpus_dir = paths.resolve(corpus_dir, paths.DEFAULT_CORPUS_DIR)
    out_dir = paths.processed_dir_for(corpus_dir, processed_dir)
    if paths.inside(out_dir, corpus_dir):
        raise CorpusError(out_dir, "processed folder lies inside the corpus folder; raw data is never written to")
    if not corpus_dir.is_dir():
        raise CorpusError(corpus_dir, "corpus folder does not exist")
    fingerprint = raw_fingerprint(corpus_dir, max_file_mb)
    cached = _cached(out_dir, fingerprint, names)
    if cached is not None:
        return {n: cached[n] for n in names}
    tables = build_tables(corpus_dir, max_file_mb=max_file_mb, cache_dir=cache_dir_for(out_dir), scheduler=scheduler)
    (out_dir / FINGERPRINT).unlink(missing_ok=True)
    save_tables(tables, out_dir)
    write_text(out_dir / FINGERPRINT, json.dumps(fingerprint, indent=1, sort_keys=True))
    return {n: pd.read_parquet(out_dir / f"{n}.parquet") for n in names}


def open_corpus(corpus_dir=None, processed_dir=None, figures_dir=None, methods: bool = True, scheduler: str = ""):
    """A notebook's set-up in one call: its parameters resolved to (corpus folder, processed folder, figures
    folder) and the corpus's core tables (see `load_tables`), with tables shown in full.

    With `methods` (the analysis notebooks), the tables hold only the articles in a language the methods read, and
    a note in the notebook names the articles left out; 01_normalise passes methods=False to show every article.
    `scheduler`: a Dask scheduler address to normalise the files on (empty: local processes).
    """
    from .narrative import show_full_tables

    show_full_tables()
    corpus, out_dir, fig_dir = paths.notebook_paths(corpus_dir, processed_dir, figures_dir)
    tables = load_tables(corpus, out_dir, scheduler=scheduler or None)
    if methods:
        tables, left_out = method_tables(tables)
        note = left_out_note(left_out)
        if note:
            _show_note(note)
        if not (tables["sentences"]["role"] == "body").any():
            _show_note(NOTHING_TO_SHOW)
            _skip_remaining_cells()
    return corpus, out_dir, fig_dir, tables


NOTHING_TO_SHOW = ("**Nothing to show:** no article of this corpus has body text that the methods can read (in English; "
                   "headlines, captions, lines of figures and other boilerplate are not body text). The rest of this "
                   "notebook is skipped; 01_normalise lists every article, block and problem.")


def _skip_remaining_cells() -> None:
    """In a running notebook, turn every later cell into an empty one, so a notebook with nothing to analyse ends
    cleanly after saying so (an IPython input transformer; nothing happens outside IPython)."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is not None:
        shell.input_transformers_cleanup.append(lambda lines: [])
