"""Command line: `newscompare report [--corpus DIR] [--out DIR] [--max-file-mb N]`, `newscompare tables [--corpus DIR]`.

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
    sub = parser.add_subparsers(dest="command", required=True)
    rep = sub.add_parser("report", help="run every numbered notebook on a corpus and render the HTML reports")
    rep.add_argument("--corpus", default="", help=f"corpus folder (default {paths.DEFAULT_CORPUS_DIR})")
    rep.add_argument("--out", default="", help="reports folder (default reports/<corpus>/)")
    rep.add_argument("--wait", type=float, default=0, help="seconds to wait for another run's lock (default 0)")
    tab = sub.add_parser("tables", help="build (or refresh) the normalised tables of a corpus")
    tab.add_argument("--corpus", default="")
    tab.add_argument("--processed", default="")
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
            run_report(args.corpus, args.out, lock_timeout=args.wait, max_file_mb=args.max_file_mb)
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


if __name__ == "__main__":
    sys.exit(main())
