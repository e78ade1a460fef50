"""Command line: `newscompare report [--corpus DIR] [--out DIR]`, `newscompare tables [--corpus DIR]`,
`newscompare diff RUN_A RUN_B` (what changed between two run folders), `newscompare --version`."""
from __future__ import annotations

import argparse
import sys

from . import paths
from .errors import CorpusError
from .runner import RunFailed, run_report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newscompare", description=__doc__)
    parser.add_argument("--version", action="version", version=f"newscompare {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)
    rep = sub.add_parser("report", help="run every numbered notebook on a corpus and render the HTML reports")
    rep.add_argument("--corpus", default="", help=f"corpus folder (default {paths.DEFAULT_CORPUS_DIR})")
    rep.add_argument("--out", default="", help="reports folder (default reports/<corpus>/)")
    rep.add_argument("--wait", type=float, default=0, help="seconds to wait for another run's lock (default 0)")
    tab = sub.add_parser("tables", help="build (or refresh) the normalised tables of a corpus")
    tab.add_argument("--corpus", default="")
    tab.add_argument("--processed", default="")
    dif = sub.add_parser("diff", help="what changed between two runs (run folders, or 'latest')")
    dif.add_argument("run_a")
    dif.add_argument("run_b")
    args = parser.parse_args(argv)
    try:
        if args.command == "report":
            run_report(args.corpus, args.out, lock_timeout=args.wait)
        elif args.command == "diff":
            print(_diff(args.run_a, args.run_b))
        else:
            from .corpus import load_tables

            tables = load_tables(args.corpus, args.processed)
            print(f"{len(tables['articles'])} articles, {len(tables['blocks'])} blocks, "
                  f"{len(tables['sentences'])} sentences; {len(tables['problems'])} file(s) left out")
    except (RunFailed, CorpusError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
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
    lines = describe_changes(run_changes(read_run_tables(runs[0]), read_run_tables(runs[1])))
    return "\n".join(lines) if lines else f"Nothing changed between {runs[0].name} and {runs[1].name}."


if __name__ == "__main__":
    sys.exit(main())
