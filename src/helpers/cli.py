"""Command line: `newscompare report [--corpus DIR] [--out DIR]`, `newscompare tables [--corpus DIR]`."""
from __future__ import annotations

import argparse
import sys

from . import paths
from .errors import CorpusError
from .runner import RunFailed, run_report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newscompare", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    rep = sub.add_parser("report", help="run every numbered notebook on a corpus and render the HTML reports")
    rep.add_argument("--corpus", default="", help=f"corpus folder (default {paths.DEFAULT_CORPUS_DIR})")
    rep.add_argument("--out", default="", help="reports folder (default reports/<corpus>/)")
    rep.add_argument("--wait", type=float, default=0, help="seconds to wait for another run's lock (default 0)")
    tab = sub.add_parser("tables", help="build (or refresh) the normalised tables of a corpus")
    tab.add_argument("--corpus", default="")
    tab.add_argument("--processed", default="")
    args = parser.parse_args(argv)
    try:
        if args.command == "report":
            run_report(args.corpus, args.out, lock_timeout=args.wait)
        else:
            from .corpus import load_tables

            tables = load_tables(args.corpus, args.processed)
            print(f"{len(tables['articles'])} articles, {len(tables['blocks'])} blocks, "
                  f"{len(tables['sentences'])} sentences; {len(tables['problems'])} file(s) left out")
    except (RunFailed, CorpusError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
