"""Command line: `newscompare report [--corpus DIR] [--out DIR] [--max-file-mb N] [--scheduler tcp://host:8786]`,
`newscompare tables [--corpus DIR]`, `newscompare diff RUN_A RUN_B` (what changed between two run folders),
`newscompare codebook CORPUS [--into DIR]` (a draft event codebook; existing files are kept), `newscompare --version`.

Every failure ends with a non-zero exit and one line on stderr naming what failed and why; never a Python
traceback (a run keeps it in its error.log; NEWSCOMPARE_DEBUG=1 prints it).
"""
from __future__ import annotations

import argparse
import os
import sys
import traceback

from . import paths
from .errors import CorpusError
from .ingest import MAX_FILE_MB
from .runner import RunFailed, run_report


def _megabytes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value > 0:
        raise argparse.ArgumentTypeError(f"expected a positive number of megabytes, got {text!r}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newscompare", description=__doc__)
    parser.add_argument("--version", action="version", version=f"newscompare {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)
    rep = sub.add_parser("report", help="run every numbered notebook on a corpus and render the HTML reports")
    rep.add_argument("--corpus", default="", help=f"corpus folder (default {paths.DEFAULT_CORPUS_DIR})")
    rep.add_argument("--out", default="", help="reports folder (default reports/<corpus>/)")
    rep.add_argument("--wait", type=float, default=0, help="seconds to wait for another run's lock (default 0)")
    rep.add_argument("--scheduler", default="", help="Dask scheduler address (tcp://host:8786) to normalise the files "
                                                     "on; 'local' starts a local Dask cluster (default: local processes)")
    tab = sub.add_parser("tables", help="build (or refresh) the normalised tables of a corpus")
    tab.add_argument("--corpus", default="")
    tab.add_argument("--processed", default="")
    dif = sub.add_parser("diff", help="what changed between two runs (two run folders)")
    dif.add_argument("run_a")
    dif.add_argument("run_b")
    book = sub.add_parser("codebook", help="write a draft event codebook (actors, candidate facts, distinctive terms) "
                                           "into codebooks/<corpus>/, never over an existing file")
    book.add_argument("corpus", help="corpus folder")
    book.add_argument("--into", default="", help="folder for the draft (default codebooks/<corpus>/)")
    for command in (rep, tab):
        command.add_argument("--max-file-mb", type=_megabytes, default=None,
                             help=f"leave out article files larger than this, with a problems row (default {MAX_FILE_MB:g})")
    return parser


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return f"cannot use {exc.filename or 'a file'}: {exc.strerror or exc}"
    return " ".join(str(exc).split())


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "report":
            run_report(args.corpus, args.out, lock_timeout=args.wait, max_file_mb=args.max_file_mb,
                       scheduler=args.scheduler or None)
        elif args.command == "diff":
            print(_diff(args.run_a, args.run_b))
        elif args.command == "codebook":
            _codebook(args.corpus, args.into)
        else:
            from .corpus import load_tables

            tables = load_tables(args.corpus, args.processed, max_file_mb=args.max_file_mb)
            print(f"{len(tables['articles'])} articles, {len(tables['blocks'])} blocks, "
                  f"{len(tables['sentences'])} sentences; {len(tables['problems'])} problem(s) (files or records left out)")
    except (RunFailed, CorpusError, OSError) as exc:
        print(f"error: {_one_line(exc)}", file=sys.stderr)
        return 1
    except Exception as exc:  # a defect, not bad input: still one line for the user
        if os.environ.get("NEWSCOMPARE_DEBUG"):
            traceback.print_exc()
        print(f"error: unexpected {type(exc).__name__}: {_one_line(exc)} (NEWSCOMPARE_DEBUG=1 shows the traceback)",
              file=sys.stderr)
        return 2
    return 0


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("helpers")
    except metadata.PackageNotFoundError:
        return "unknown"


def _diff(run_a: str, run_b: str) -> str:
    """Every change between two run folders, one sentence a line; or why they cannot be compared."""
    from pathlib import Path

    from .changes import describe_changes, read_run_tables, run_changes

    runs = [Path(run_a).resolve(), Path(run_b).resolve()]
    for run in runs:
        if not (run / "tables" / "articles.parquet").exists():
            raise CorpusError(run, "not a run folder (no tables/articles.parquet)")
    from .runner import _recorded_codebooks, codebook_changes

    lines = describe_changes(run_changes(read_run_tables(runs[0]), read_run_tables(runs[1])))
    books = codebook_changes(_recorded_codebooks(runs[0]), _recorded_codebooks(runs[1]))
    lines += [books] if books else []
    return "\n".join(lines) if lines else f"Nothing changed between {runs[0].name} and {runs[1].name}."


def _codebook(corpus: str, into: str) -> None:
    """Draft an event codebook for `corpus` and say which files were written and which kept."""
    from pathlib import Path

    from .codebook_draft import draft_codebook, draft_notes, write_draft
    from .corpus import load_tables

    corpus_dir = paths.resolve(corpus, paths.DEFAULT_CORPUS_DIR)
    if not Path(corpus_dir).is_dir():
        raise CorpusError(corpus_dir, "no such corpus folder")
    folder = paths.resolve(into, paths.CODEBOOKS_DIR / paths.corpus_name(corpus_dir))
    drafts = draft_codebook(load_tables(corpus_dir), corpus_dir)
    for path, status in write_draft(drafts, Path(folder)):
        print(f"{status}: {path}" + (" (exists; not overwritten)" if status == "kept" else ""))
    for note in draft_notes(drafts):
        print(note)
    print("Edit the draft: give actors their sides in actors.csv; to rename, merge or drop a fact add a row to facts.csv "
          "(columns in the README; a row names a fact by its label, or a figure by article_id and figure as written: "
          "candidate_facts.csv lists both); candidate_facts.csv and distinctive_terms.csv are for reading, the report "
          "never reads them. Each file's first line marks it a draft: every report says the codebook is an unedited "
          "draft until its rows are edited; delete the line once the file is checked.")


if __name__ == "__main__":
    sys.exit(main())
