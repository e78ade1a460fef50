"""Command line: `newscompare report [--corpus DIR] [--out DIR]`, `newscompare tables [--corpus DIR]`,
`newscompare codebook CORPUS [--into DIR]` (a draft event codebook; existing files are kept)."""
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
    book = sub.add_parser("codebook", help="write a draft event codebook (actors, candidate facts, distinctive terms) "
                                           "into codebooks/<corpus>/, never over an existing file")
    book.add_argument("corpus", help="corpus folder")
    book.add_argument("--into", default="", help="folder for the draft (default codebooks/<corpus>/)")
    args = parser.parse_args(argv)
    try:
        if args.command == "report":
            run_report(args.corpus, args.out, lock_timeout=args.wait)
        elif args.command == "codebook":
            _codebook(args.corpus, args.into)
        else:
            from .corpus import load_tables

            tables = load_tables(args.corpus, args.processed)
            print(f"{len(tables['articles'])} articles, {len(tables['blocks'])} blocks, "
                  f"{len(tables['sentences'])} sentences; {len(tables['problems'])} file(s) left out")
    except (RunFailed, CorpusError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def _codebook(corpus: str, into: str) -> None:
    """Draft an event codebook for `corpus` and say which files were written and which kept."""
    from pathlib import Path

    from .codebook_draft import draft_codebook, write_draft
    from .corpus import load_tables

    corpus_dir = paths.resolve(corpus, paths.DEFAULT_CORPUS_DIR)
    if not Path(corpus_dir).is_dir():
        raise CorpusError(corpus_dir, "no such corpus folder")
    folder = paths.resolve(into, paths.CODEBOOKS_DIR / paths.corpus_name(corpus_dir))
    for path, status in write_draft(draft_codebook(load_tables(corpus_dir), corpus_dir), Path(folder)):
        print(f"{status}: {path}" + (" (exists; not overwritten)" if status == "kept" else ""))
    print("Edit the draft: give actors their sides, rename or drop facts; the report reads codebooks/<corpus>/.")


if __name__ == "__main__":
    sys.exit(main())
