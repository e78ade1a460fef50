"""Growth curve (`make bench`, or `python benchmarks/scale.py [--sizes 50,500,5000] [--steps|--report]`).

Generates varied synthetic corpora from the seed texts (the default corpus and tests/corpora/*): each article
is a seed's headline and paragraphs, paragraphs after the first shuffled and every figure changed, several
articles per outlet, a manifest naming the outlet and a url on the outlet's domain. Then, per size:

- `--steps` (default): each step in this process, as the notebooks run it (normalise, numbers, sentiment,
  framing, summary), with wall time, sentences/s and the peak resident memory of the process;
- `--report`: the whole report through papermill (wall time per notebook, from run.json);
- then the incremental rerun after one changed file (files and articles from the per-file and per-article caches).
- `--small 3000`: the whole report on 3,000 tiny files in subfolders (`benchmarks/messy.py small`; target 5 minutes).

Peak memory is this process's (with `--report`, also the notebooks' kernels, waited-for children); CPU seconds
count this process only (a process pool's workers, used from 400 files on, are not in them).

Timings are printed, never asserted. The machine's load moves them: compare ratios measured in one run.
"""
from __future__ import annotations

import argparse
import csv
import os
import random
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from helpers import paths

SIZES = {50: 5, 500: 25, 5000: 100}  # articles: outlets
_FIGURE = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w])")


def seed_articles() -> list[tuple[str, list[str]]]:
    """(headline, body paragraphs) of every seed article: the default corpus and the test corpora."""
    from helpers.corpus import build_tables

    seeds = []
    folders = [paths.DEFAULT_CORPUS_DIR] + sorted(p for p in (paths.PROJECT_ROOT / "tests" / "corpora").iterdir()
                                                 if p.is_dir())
    for folder in folders:
        tables = build_tables(folder)
        blocks = tables["blocks"]
        for art in tables["articles"].itertuples(index=False):
            own = blocks[blocks["article_id"] == art.article_id]
            body = own.loc[own["role"] == "body", "text"].tolist()
            if len(body) >= 3:
                seeds.append((art.headline or body[0][:80], body))
    return seeds


def _changed_figures(text: str, rng: random.Random) -> str:
    def change(m: re.Match) -> str:
        digits = m.group(0).replace(",", "")
        if "." in digits or len(digits) == 4 and digits.startswith(("19", "20")):  # keep years and decimals
            return m.group(0)
        return str(max(1, round(int(digits) * rng.uniform(0.6, 1.6))))
    return _FIGURE.sub(change, text)


def outlet_names(n: int) -> list[str]:
    stems = ["Herald", "Courier", "Ledger", "Post", "Times", "Observer", "Gazette", "Tribune", "Wire", "Journal"]
    places = ["North", "Harbour", "Valley", "Coast", "Capital", "River", "Lake", "Hill", "Plain", "Bay"]
    return [f"{places[i % 10]} {stems[(i // 10) % 10]}" + (f" {i // 100 + 1}" if i >= 100 else "") for i in range(n)]


def make_corpus(folder: Path, n_articles: int, n_outlets: int, seed: int = 0) -> Path:
    """n_articles varied articles from n_outlets outlets in `folder` (plain text files and a manifest)."""
    rng = random.Random(seed)
    seeds = seed_articles()
    outlets = outlet_names(n_outlets)
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for i in range(n_articles):
        headline, body = seeds[i % len(seeds)]
        rest = body[1:]
        rng.shuffle(rest)
        keep = rest[: max(2, int(len(rest) * rng.uniform(0.6, 1.0)))]
        text = "\n\n".join([headline, *[_changed_figures(p, rng) for p in [body[0], *keep]]])
        outlet = outlets[i % n_outlets]
        name = f"a{i:05d}.txt"
        (folder / name).write_text(text + "\n", encoding="utf-8")
        domain = re.sub(r"\W+", "-", outlet.lower()) + ".example"
        rows.append({"file": name, "outlet": outlet, "url": f"https://{domain}/news/{i}"})
    with open(folder / "manifest.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["file", "outlet", "url"])
        writer.writeheader()
        writer.writerows(rows)
    return folder


def peak_mb() -> float:
    """Peak resident memory of this process (and of waited-for children), in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


class KernelPeaks:
    """Samples the resident memory of this process's children (the notebooks' kernels) twice a second: the peak of
    each kernel, in the order they started (one kernel per notebook), in MB."""

    def __init__(self):
        import threading

        self.peaks: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.wait(0.5):
            for child in me.children(recursive=True):
                try:
                    if "ipykernel" in " ".join(child.cmdline()):
                        rss = child.memory_info().rss / 2**20
                        self.peaks[child.pid] = max(rss, self.peaks.get(child.pid, 0.0))
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def by_notebook(self, names: list[str]) -> str:
        return ", ".join(f"{name.split('_')[0]} {mb:,.0f}" for name, mb in zip(names, self.peaks.values()))


def cpu_seconds() -> float:
    """CPU time of this process (user + system): less moved by other programs on the machine than wall time."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def cpu_with_children() -> float:
    """CPU time (user + system) of this process and of its waited-for children: with `--report`, the notebooks'
    kernels and the process pool that normalises files. Little moved by other programs on the machine, so a ratio of
    two runs' CPU seconds still compares when the machine is loaded."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_steps(corpus: Path, processed: Path) -> dict[str, tuple[float, float]]:
    """Each step once, as the notebooks run it; returns (wall seconds, CPU seconds) per step."""
    from helpers.corpus import load_tables, method_tables, save_tables
    from helpers.summary import run_step

    times = {}
    t0, c0 = time.perf_counter(), cpu_seconds()
    tables, _ = method_tables(load_tables(corpus, processed))
    times["normalise"] = (time.perf_counter() - t0, cpu_seconds() - c0)
    # as notebooks 02-04 run them (numbers with the attribution step's claimants), rows validated
    steps = {step: (lambda step=step: run_step(step, tables, corpus)) for step in ("numbers", "sentiment", "framing")}
    steps["summary"] = lambda: _summary(tables, corpus, processed)
    for name, step in steps.items():
        t0, c0 = time.perf_counter(), cpu_seconds()
        out = step()
        if name != "summary":
            save_tables(out, processed)
        times[name] = (time.perf_counter() - t0, cpu_seconds() - c0)
    return times


def _summary(tables: dict, corpus: Path, processed: Path) -> None:
    from helpers import summary

    results = summary.load_results(tables, corpus, processed) if hasattr(summary, "load_results") else \
        summary.analyse(tables, corpus)
    summary.findings_table(results, tables["articles"], tables["problems"])
    summary.source_profile(results, tables["articles"])


EDITS = {  # the edit of one file before the rerun: a line with no figure (the fact steps are read back) or with one
    "line": "One more line, added for the incremental rerun.",
    "figure": "Officials said late on Tuesday that 4,321 people had been affected, up from an earlier count.",
}


def _one_changed(corpus: Path, edit: str = "line") -> None:
    first = sorted(corpus.glob("a*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n" + EDITS[edit] + "\n", encoding="utf-8")


def bench_steps(n_articles: int, n_outlets: int, tmp: Path) -> None:
    corpus = make_corpus(tmp / f"scale-{n_articles}", n_articles, n_outlets)
    processed = tmp / f"processed-{n_articles}"
    os.environ["NEWSCOMPARE_CACHE_DIR"] = str(tmp / f"cache-{n_articles}")  # as the runner sets it
    times = run_steps(corpus, processed)
    import pandas as pd

    n_sent = int((pd.read_parquet(processed / "sentences.parquet")["role"] == "body").sum())
    total, total_cpu = (sum(t[k] for t in times.values()) for k in (0, 1))
    print(f"{n_articles} articles / {n_outlets} outlets, {n_sent} body sentences: {total:.1f} s wall, "
          f"{total_cpu:.1f} s CPU in all, peak memory {peak_mb():,.0f} MB")
    for name, (seconds, cpu) in times.items():
        print(f"  {name:<10} {seconds:7.1f} s wall {cpu:7.1f} s CPU  {n_sent / max(cpu, 1e-9):8,.0f} sentences/CPU-s")
    _one_changed(corpus)
    again = run_steps(corpus, processed)
    rerun, rerun_cpu = (sum(t[k] for t in again.values()) for k in (0, 1))
    print(f"  one file changed: rerun {rerun:.1f} s wall, {rerun_cpu:.1f} s CPU = {rerun_cpu / total_cpu:.0%} of the "
          f"full run's CPU (normalise {again['normalise'][1]:.1f} s CPU)")


def bench_report(n_articles: int, n_outlets: int, tmp: Path, scheduler: str | None = None, edit: str = "line") -> None:
    import json

    from helpers.runner import run_report

    corpus = make_corpus(tmp / f"scale-{n_articles}", n_articles, n_outlets)
    kwargs = {"scheduler": scheduler} if scheduler else {}
    t0, c0, load0 = time.perf_counter(), cpu_with_children(), os.getloadavg()[0]
    with KernelPeaks() as peaks:
        run_dir = run_report(corpus, tmp / f"reports-{n_articles}", log=lambda *_: None, **kwargs)
    total, total_cpu = time.perf_counter() - t0, cpu_with_children() - c0
    record = json.loads((run_dir / "run.json").read_text())
    names = [nb["notebook"] for nb in record["notebooks"]]
    largest = max(run_dir.glob("*.html"), key=lambda p: p.stat().st_size)
    print(f"report: {n_articles} articles / {n_outlets} outlets in {total:.1f} s, peak memory {peak_mb():,.0f} MB "
          f"(per kernel, MB: {peaks.by_notebook(names)}); largest HTML {largest.name} "
          f"{largest.stat().st_size / 1e6:.1f} MB (target: none over 5 MB)")
    for nb in record["notebooks"]:  # HTML is rendered while the next notebook runs
        print(f"  {nb['notebook']:<24} starts at {_offset(record, nb):5.1f} s, execute {nb['seconds']:6.1f} s   "
              f"HTML {nb['html_seconds']:5.1f} s")
    print("  (a notebook starts once what it reads exists, runner.NOTEBOOK_READS: their seconds overlap)")
    _one_changed(corpus, edit)
    t0, c0 = time.perf_counter(), cpu_with_children()
    with KernelPeaks() as peaks:
        rerun_dir = run_report(corpus, tmp / f"reports-{n_articles}", log=lambda *_: None, **kwargs)
    rerun, rerun_cpu = time.perf_counter() - t0, cpu_with_children() - c0
    again_record = json.loads((rerun_dir / "run.json").read_text())
    again = again_record["notebooks"]
    print(f"  one file changed ({edit}): rerun {rerun:.1f} s = {rerun / total:.0%} of the full run (per notebook, "
          "start + execute: " + ", ".join(f"{nb['notebook'].split('_')[0]} {_offset(again_record, nb):.1f} + "
                                          f"{nb['seconds']:.1f} s" for nb in again)
          + f"; per kernel, MB: {peaks.by_notebook(names)})")
    print(f"  CPU of this process and the kernels: full run {total_cpu:.1f} s, rerun {rerun_cpu:.1f} s = "
          f"{rerun_cpu / total_cpu:.0%}; load average {load0:.1f} at the start, {os.getloadavg()[0]:.1f} at the end")


def _offset(record: dict, notebook: dict) -> float:
    """Seconds from the run's start (the corpus normalised first) to the notebook's start (nan when not recorded)."""
    import datetime as dt

    if "started" not in notebook:
        return float("nan")
    return (dt.datetime.fromisoformat(notebook["started"]) - dt.datetime.fromisoformat(record["started"])).total_seconds()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="article counts, comma-separated")
    parser.add_argument("--steps", action="store_true", help="each step in this process (the default)")
    parser.add_argument("--report", action="store_true", help="run the whole report through papermill")
    parser.add_argument("--scheduler", default=None, help="a Dask scheduler address for the per-file steps")
    parser.add_argument("--edit", choices=sorted(EDITS), default="line",
                        help="the rerun's edit of one file: a line with no figure (default) or a line with one")
    parser.add_argument("--small", type=int, default=0,
                        help="also run the whole report on this many tiny files (benchmarks/messy.py small; 3000)")
    args = parser.parse_args(argv)
    if args.small:
        sys.path.insert(0, str(Path(__file__).parent))
        import messy

        print(f"load average {os.getloadavg()[0]:.1f} at the start")
        messy.bench_small(args.small)
        print(f"load average {os.getloadavg()[0]:.1f} at the end")
        return
    with tempfile.TemporaryDirectory(prefix="newscompare-scale-") as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            n_outlets = SIZES.get(n, max(5, min(100, n // 20)))
            if args.report:
                bench_report(n, n_outlets, Path(tmp), args.scheduler, args.edit)
            else:
                bench_steps(n, n_outlets, Path(tmp))
            sys.stdout.flush()
            shutil.rmtree(Path(tmp) / f"scale-{n}", ignore_errors=True)


if __name__ == "__main__":
    main()
