"""Speed on large or many-file folders (issue 11): printed, never asserted in unit tests.

`python benchmarks/messy.py small [N]`  N tiny articles (default 3,000): table build alone, then the whole report run
`python benchmarks/messy.py big [MB]`   one MB-sized text file (default 50) beside two small articles: the run with
                                        the default size cap (the big file is left out, with its reason)
`python benchmarks/messy.py profile [N]` cProfile of the table build on N tiny articles (top 25 by cumulative time)
Target: each run within 5 minutes on 2 cores.
"""
from __future__ import annotations

import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

TOPICS = ["harbour", "bridge", "market", "school", "river", "station", "hospital", "stadium", "library", "airport"]


def tiny_article(i: int) -> str:
    topic = TOPICS[i % len(TOPICS)]
    return (f"Update {i}: {topic} reopens\n\nThe {topic} in district {i % 97} reopened on Monday after {i % 30 + 2} days "
            f"of repairs, officials said. About {100 + i} people came on the first morning.\n\n"
            f"\"It is good to be back,\" said a visitor, one of {i % 12 + 3} who spoke to reporters.\n")


def make_small(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        sub = folder / f"{i // 500:02d}" if i % 2 else folder  # half of them in subfolders
        sub.mkdir(exist_ok=True)
        (sub / f"note-{i:05d}.txt").write_text(tiny_article(i), encoding="utf-8")
    return folder


def make_big(folder: Path, megabytes: float) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(2):
        (folder / f"small-{i}.txt").write_text(tiny_article(i), encoding="utf-8")
    paragraph = tiny_article(7).split("\n\n", 1)[1]
    with open(folder / "dump.txt", "w", encoding="utf-8") as handle:
        handle.write("A very large dump\n\n")
        while handle.tell() < megabytes * 1024 * 1024:
            handle.write(paragraph * 200)
    return folder


def timed_run(corpus: Path, out: Path) -> float:
    from helpers.runner import run_report

    t0 = time.perf_counter()
    run_report(corpus, out, log=lambda *a: print("   ", *a))
    return time.perf_counter() - t0


def bench_small(n: int) -> None:
    from helpers.corpus import build_tables

    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_small(Path(tmp) / "small", n)
        t0 = time.perf_counter()
        tables = build_tables(corpus)
        build = time.perf_counter() - t0
        print(f"small: {n} files -> {len(tables['articles'])} articles, tables built in {build:.1f} s")
        print(f"small: whole report run {timed_run(corpus, Path(tmp) / 'out'):.1f} s (target < 300 s)")


def bench_big(megabytes: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_big(Path(tmp) / "big", megabytes)
        seconds = timed_run(corpus, Path(tmp) / "out")
        print(f"big: a {megabytes:g} MB file (left out by the 20 MB cap) + 2 articles: whole run {seconds:.1f} s")


def profile_small(n: int) -> None:
    from helpers.corpus import build_tables

    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_small(Path(tmp) / "small", n)
        profiler = cProfile.Profile()
        profiler.runcall(build_tables, corpus, workers=1)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "small"
    arg = sys.argv[2] if len(sys.argv) > 2 else None
    {"small": lambda: bench_small(int(arg or 3000)), "big": lambda: bench_big(float(arg or 50)),
     "profile": lambda: profile_small(int(arg or 3000))}[what]()
