"""Speed benchmarks (`make bench`): printed, never asserted in unit tests.

Sections: normalisation (articles/s on 10,000 seed-like articles), and each analysis step that
exists (numbers vs quantulum3 as a ratio, NewsQuant value F1 when NEWSQUANT names the file, sentiment and framing sentences/s, tone targets/s and accuracy of each
method, report breakdown).
Run one section with `python benchmarks/run.py normalise` (names below).
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from helpers import paths
from timing import side_by_side

SEEDS = sorted(paths.DEFAULT_CORPUS_DIR.glob("*.txt"))


def make_corpus(folder: Path, n_articles: int) -> Path:
    """n_articles seed-like articles: the seeds, each copy with its own closing line so none is a duplicate."""
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    for i in range(n_articles):
        base = texts[i % len(texts)]
        (folder / f"a{i:05d}.txt").write_text(base + f"\n\nCopy {i} of the benchmark corpus ends here.\n", encoding="utf-8")
    return folder


def bench_normalise(n_articles: int = 10_000) -> None:
    from helpers.corpus import build_tables

    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(Path(tmp) / "bench", n_articles) if (Path(tmp) / "bench").mkdir() is None else None
        t0 = time.perf_counter()
        tables = build_tables(corpus)
        seconds = time.perf_counter() - t0
    n = len(tables["articles"])
    print(f"normalise: {n} articles, {len(tables['sentences'])} sentences in {seconds:.1f} s "
          f"= {n / seconds:,.0f} articles/s (target: 10,000 in under 60 s)")


def _body_sentences() -> list[str]:
    from helpers.corpus import build_tables

    sentences = build_tables(paths.DEFAULT_CORPUS_DIR)["sentences"]
    return sentences.loc[sentences["role"] == "body", "text"].tolist()


def bench_numbers() -> None:
    """Throughput of extract_numbers vs quantulum3 on the same texts in one run, then value P/R/F1 of both on the
    news-sentence development key."""
    import warnings

    from helpers.codebooks import load_units
    from helpers.corpus import build_tables
    from helpers.evaluation import quantulum_mentions, read_sentence_key, score_on_sentences
    from helpers.numbers import extract_numbers, number_records

    warnings.simplefilter("ignore")
    from quantulum3 import parser

    tables = build_tables(paths.DEFAULT_CORPUS_DIR)
    body = tables["blocks"][tables["blocks"]["role"] == "body"]
    articles = body.groupby("article_id")["text"].agg("\n\n".join).tolist()
    sentences = _body_sentences()
    key, key_text = read_sentence_key(paths.PROJECT_ROOT / "tests" / "keys", "news_quantities")
    units = load_units(paths.codebook_path("units.csv"))
    parser.parse(sentences[0])  # load quantulum3's data once, outside the timing
    for label, texts in (("article body", articles), ("body sentence", sentences), ("key sentence", list(key_text.values()))):
        per_call = side_by_side({"extract_numbers": lambda s: extract_numbers(s, units),
                                  "number_records": lambda s: number_records(s, units), "quantulum3": parser.parse}, texts)
        ours, records, peer = per_call["extract_numbers"], per_call["number_records"], per_call["quantulum3"]
        chars = sum(map(len, texts)) / len(texts)
        print(f"numbers, one call per {label} ({len(texts)} texts, {chars:,.0f} chars each): extract_numbers "
              f"{chars / ours / 1000:,.0f} kchars/s ({peer / ours:.1f}x quantulum3), number_records {chars / records / 1000:,.0f} "
              f"kchars/s ({peer / records:.1f}x), quantulum3 {chars / peer / 1000:,.0f} kchars/s (target >= 10x)")
    for name, extract in (("extract_numbers", lambda t: extract_numbers(t, units)), ("quantulum3", quantulum_mentions)):
        s = score_on_sentences(extract, key, key_text)
        print(f"numbers, news-sentence key ({s['n_key']} mentions), {name}: value P {s['value_precision']:.3f} "
              f"R {s['value_recall']:.3f} F1 {s['value_f1']:.3f}; found P {s['precision']:.3f} R {s['recall']:.3f}; "
              f"of found: value {s['value_accuracy']:.3f} unit {s['unit_accuracy']:.3f} hedge {s['hedge_accuracy']:.3f}")


def _seed_like_sentences(copies: int):
    """The default corpus's tables with the sentences repeated `copies` times under new article ids."""
    import pandas as pd

    from helpers.corpus import build_tables

    tables = build_tables(paths.DEFAULT_CORPUS_DIR)
    sentences = pd.concat([tables["sentences"].assign(article_id=lambda d, k=k: d["article_id"] + f"-{k}")
                           for k in range(copies)], ignore_index=True)
    articles = pd.concat([tables["articles"].assign(article_id=lambda d, k=k: d["article_id"] + f"-{k}",
                                                    source=lambda d, k=k: d["source"] + f"-{k}") for k in range(copies)],
                         ignore_index=True)
    return sentences, articles


def bench_sentiment(copies: int = 20) -> None:
    from helpers.sentiment import load_sentiment_codebooks, sentiment_tables

    sentences, articles = _seed_like_sentences(copies)
    codebooks = load_sentiment_codebooks(paths.DEFAULT_CORPUS_DIR)
    n = int((sentences["role"] == "body").sum())
    t0 = time.perf_counter()
    sentiment_tables(sentences, articles, codebooks["actors"], codebooks["lexicon"], codebooks["collocations"])
    seconds = time.perf_counter() - t0
    print(f"sentiment: whole step (both methods, voices, actors, bootstrap intervals) on {n} body sentences "
          f"in {seconds:.1f} s = {n / seconds:,.0f} sentences/s")


def bench_framing(copies: int = 20) -> None:
    import pandas as pd

    from helpers.corpus import build_tables
    from helpers.framing import framing_tables, load_framing_codebooks

    sentences, articles = _seed_like_sentences(copies)
    blocks = build_tables(paths.DEFAULT_CORPUS_DIR)["blocks"]
    blocks = pd.concat([blocks.assign(article_id=lambda d, k=k: d["article_id"] + f"-{k}") for k in range(copies)],
                       ignore_index=True)
    articles = articles.assign(headline="")
    codebooks = load_framing_codebooks(paths.DEFAULT_CORPUS_DIR)
    n = int((sentences["role"] == "body").sum())
    t0 = time.perf_counter()
    framing_tables(sentences, blocks, articles, codebooks)
    seconds = time.perf_counter() - t0
    print(f"framing: whole step (frames, quotations, voices, log-odds, contested terms, term pairs, leads) on {n} body "
          f"sentences in {seconds:.1f} s = {n / seconds:,.0f} sentences/s")
    from helpers.framing import sentence_frames, term_pairs

    distinct = sentences.drop_duplicates("text")  # the model, like the cues, reads a repeated text once
    for label, step in (("frame cues", lambda: sentence_frames(sentences, codebooks["frames"])),
                        ("frame cues + model (distinct texts)", lambda: sentence_frames(distinct, codebooks["frames"], method="rules+model")),
                        ("term pairs", lambda: term_pairs(sentences, articles))):
        t0 = time.perf_counter()
        step()
        seconds = time.perf_counter() - t0
        count = int((distinct["role"] == "body").sum()) if "distinct" in label else n
        print(f"framing: {label} alone: {count / seconds:,.0f} sentences/s")


def bench_attribution(copies: int = 20) -> None:
    import pandas as pd

    from helpers.actors import corpus_actors
    from helpers.attribution import attribute_sentences
    from helpers.voices import quotations

    sentences, articles = _seed_like_sentences(copies)
    n = len(sentences)
    t0 = time.perf_counter()
    said = attribute_sentences(sentences)
    seconds = time.perf_counter() - t0
    quotes = quotations(sentences, pd.DataFrame(columns=["actor", "side", "alias"]), said)
    t1 = time.perf_counter()
    corpus_actors(sentences, articles, quotes)
    actors_seconds = time.perf_counter() - t1
    print(f"attribution: speakers and claimants of {n} sentences in {seconds:.1f} s = {n / seconds:,.0f} sentences/s; "
          f"actors found in {actors_seconds:.1f} s")


def _tone_targets(copies: int):
    """The default corpus's actor mentions (sentence, alias offsets) and its body sentences, repeated `copies` times."""
    import pandas as pd

    from helpers.codebooks import load_actors
    from helpers.sentiment import actor_mentions

    sentences, _ = _seed_like_sentences(copies)
    body = sentences[sentences["role"] == "body"]
    # each copy's sentences end differently, so no copy is served from another's encoding (offsets unchanged)
    body = body.assign(text=body["text"] + " (" + body["article_id"].str.rsplit("-", n=1).str[-1] + ")")
    named = actor_mentions(body, load_actors(paths.codebook_path("actors.csv", paths.DEFAULT_CORPUS_DIR)))
    keys = ["article_id", "block_no", "sentence_no"]
    named = named[named["start"] >= 0].merge(body[keys + ["text"]], on=keys)
    targets = named.rename(columns={"start": "target_start", "end": "target_end"})[["text", "target_start", "target_end"]]
    whole = pd.DataFrame({"text": body["text"].to_numpy(), "target_start": 0, "target_end": body["text"].str.len().to_numpy()})
    return targets.reset_index(drop=True), whole


def _bench_encoder(targets) -> None:
    """Windows/s of the encoder alone (batched, every core) on the targets' distinct windows, and the load after."""
    import os

    from helpers.tone_model import _locate, encode_windows

    located = _locate(targets["text"].tolist(), targets["target_start"].tolist(), targets["target_end"].tolist())
    windows = list({(loc["text"], loc["lo"], loc["hi"]): loc["ids"][loc["lo"]:loc["hi"]] for loc in located}.values())
    t0, c0 = time.perf_counter(), time.process_time()
    encode_windows(windows)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"  encoder alone: {len(windows)} windows ({len(targets) / len(windows):.2f} targets each) in {wall:.1f} s = "
          f"{len(windows) / wall:,.0f} windows/s, {len(windows) / cpu:,.0f} per CPU-second; load average "
          f"{os.getloadavg()[0]:.1f} at the end")


def bench_tone(copies: int = 10) -> None:
    """Tone toward a target: targets/s and sentences/s of each method (all cores), then agreement with
    NewsMTSC dev (when ../shared is beside the project) and with the hand-coded key, each method side by side."""
    import os

    import pandas as pd

    from helpers.sentiment import TARGET_METHODS, target_tone
    from helpers.tone_evaluation import newsmtsc_dir, read_newsmtsc, read_tone_key, score_methods

    targets, whole = _tone_targets(copies)
    target_tone(targets.head(64))  # load the encoder once, outside the timing
    print(f"tone ({os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start; {len(targets)} actor "
          f"mentions, {len(whole)} body sentences of the default corpus repeated {copies} times, each copy distinct):")
    for method in TARGET_METHODS:
        speeds, cpu = [], []
        for frame in (targets, whole):
            t0, c0 = time.perf_counter(), time.process_time()
            target_tone(frame, method)
            speeds.append(len(frame) / (time.perf_counter() - t0))
            cpu.append(len(frame) / (time.process_time() - c0))
        print(f"  {method:<9} {speeds[0]:8,.0f} targets/s  {speeds[1]:8,.0f} sentences/s  (per CPU-second of this process: "
              f"{cpu[0]:,.0f} targets, {cpu[1]:,.0f} sentences; {TARGET_METHODS[method]})")
    _bench_encoder(targets)
    newsmtsc = newsmtsc_dir() / "dev.jsonl"
    sets = {"NewsMTSC dev": read_newsmtsc(newsmtsc)} if newsmtsc.exists() else {}
    key = paths.PROJECT_ROOT / "tests" / "keys" / "tone_targets.csv"
    sets.update({f"hand-coded key, {split}": read_tone_key(key, split) for split in ("dev", "heldout")})
    fresh = paths.PROJECT_ROOT / "tests" / "keys" / "tone_targets_fresh4_heldout.csv"
    if fresh.exists():  # the key's second held-out part (160 pairs over ten event kinds), alone and with the first
        second = read_tone_key(fresh, "heldout")
        both = sets["hand-coded key, heldout"].columns.intersection(second.columns)
        sets["hand-coded key, heldout (second part)"] = second
        sets["hand-coded key, heldout (both parts)"] = pd.concat(
            [sets["hand-coded key, heldout"][both], second[both]], ignore_index=True)
    for name, frame in sets.items():  # the model's head was fit on the key's dev rows: that figure is in-sample
        print(f"  {name} ({len(frame)} targets{'; the head was fit on these rows' if name.endswith('dev') and 'key' in name else ''}):")
        for method, s in score_methods(frame).items():
            print(f"    {method:<17} macro-F1 {s['macro_f1']:.3f}  accuracy {s['accuracy']:.3f}  kappa {s['kappa']:+.3f}")


def bench_report() -> None:
    import json

    from jupyter_client.manager import start_new_kernel

    from helpers.runner import run_report

    t0 = time.perf_counter()
    manager, client = start_new_kernel(kernel_name="python3")
    kernel_start = time.perf_counter() - t0
    client.stop_channels()
    manager.shutdown_kernel(now=True)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        run_dir = run_report(paths.DEFAULT_CORPUS_DIR, Path(tmp), log=lambda *_: None)
        total = time.perf_counter() - t0
        record = json.loads((run_dir / "run.json").read_text())
    print(f"report: default corpus end to end in {total:.1f} s (target < 60 s); one kernel start {kernel_start:.1f} s "
          f"(paid once per notebook)")
    for nb in record["notebooks"]:
        print(f"  {nb['notebook']:<24} execute {nb['seconds']:5.1f} s   HTML {nb['html_seconds']:4.1f} s")


def bench_scale() -> None:
    """The growth curve: 50, 500 and 5,000 articles from 5, 25 and 100 outlets (benchmarks/scale.py)."""
    sys.path.insert(0, str(Path(__file__).parent))
    import scale

    scale.main([])


def bench_newsquant() -> None:
    """Value P/R/F1 and throughput of extract_numbers and quantulum3 on NewsQuant (external; skipped without the file,
    which is never stored in this repository: see benchmarks/newsquant.py)."""
    sys.path.insert(0, str(Path(__file__).parent))
    import newsquant

    newsquant.main([])


SECTIONS = {"normalise": bench_normalise, "numbers": bench_numbers, "sentiment": bench_sentiment, "tone": bench_tone,
            "framing": bench_framing, "attribution": bench_attribution, "report": bench_report, "scale": bench_scale,
            "newsquant": bench_newsquant}

if __name__ == "__main__":
    wanted = sys.argv[1:] or list(SECTIONS)
    for name in wanted:
        SECTIONS[name]()
