"""Scaling: the per-file cache (only new or changed files are normalised again, a damaged entry is rebuilt), the
Dask path (same tables as the local run), outlets as the unit, and the summary reading saved step tables."""
from __future__ import annotations

import shutil

import numpy as np
import pandas as pd
import pytest

from helpers import filecache
from helpers.corpus import build_tables, load_tables


def _computed(monkeypatch) -> list:
    """Record how many files each build normalised (cached_map's second result)."""
    counts = []
    original = filecache.cached_map

    def counting(*args, **kw):
        results, n = original(*args, **kw)
        counts.append(n)
        return results, n

    monkeypatch.setattr("helpers.corpus.cached_map", counting)
    return counts


def test_only_new_or_changed_files_are_normalised_again(seed_dir, tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    shutil.copytree(seed_dir, corpus)
    counts = _computed(monkeypatch)
    first = load_tables(corpus, tmp_path / "out")
    n_files = len(first["articles"])
    changed = sorted(corpus.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA closing line added later.\n", encoding="utf-8")
    second = load_tables(corpus, tmp_path / "out")
    assert counts == [n_files, 1]
    assert len(second["sentences"]) > 0
    fresh = build_tables(corpus)  # no cache at all
    for name in ("articles", "blocks", "sentences", "problems"):
        pd.testing.assert_frame_equal(second[name].reset_index(drop=True), fresh[name].reset_index(drop=True),
                                      check_dtype=False)


def test_a_damaged_cache_entry_is_rebuilt(seed_dir, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    build_tables(seed_dir, cache_dir=cache)
    entries = sorted(cache.rglob("*.pkl"))
    assert len(entries) == len(list(seed_dir.glob("*.txt")))
    entries[0].write_bytes(entries[0].read_bytes()[:20])  # truncated, as after a full disk
    entries[1].write_bytes(b"")
    counts = _computed(monkeypatch)
    again = build_tables(seed_dir, cache_dir=cache)
    assert counts == [2]
    pd.testing.assert_frame_equal(again["sentences"], build_tables(seed_dir)["sentences"])


def test_a_dask_cluster_gives_the_same_tables_as_the_local_run(tmp_path):
    distributed = pytest.importorskip("distributed")
    corpus = paths_of_test_corpus("strike-norland")
    local = build_tables(corpus)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        on_dask = build_tables(corpus, scheduler=cluster.scheduler_address)
    for name in ("articles", "blocks", "sentences", "problems"):
        pd.testing.assert_frame_equal(on_dask[name], local[name])


def paths_of_test_corpus(name: str):
    from helpers import paths

    return paths.PROJECT_ROOT / "tests" / "corpora" / name


def test_outlets_come_from_the_outlet_else_the_domain_else_the_file():
    from helpers.outlets import outlet_key, outlet_table

    articles = pd.DataFrame({
        "article_id": ["a", "b", "c", "d", "e"], "file": ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"],
        "outlet": ["Harbour Post", None, "  ", None, "Harbour Post"],
        "url": [None, "https://www.valley-times.example/x/1", "http://valley-times.example/y", None, None],
        "n_sentences": [3, 4, 5, 6, 7], "n_words": [30, 40, 50, 60, 70]})
    assert outlet_key(articles).tolist() == ["Harbour Post", "valley-times.example", "valley-times.example", "d.txt",
                                             "Harbour Post"]
    table = outlet_table(articles)
    assert table.to_dict("list") == {"outlet_key": ["Harbour Post", "valley-times.example", "d.txt"],
                                     "n_articles": [2, 2, 1], "n_sentences": [10, 9, 6], "n_words": [100, 90, 60]}


def test_a_chart_of_many_outlets_shows_the_top_and_pools_the_rest():
    from helpers.outlets import top_with_rest

    tone = pd.DataFrame({"outlet_key": [f"o{i:03d}" for i in range(100)], "n_articles": list(range(100, 0, -1)),
                         "n_sentences": [10] * 100, "mean": [0.1] * 50 + [-0.1] * 50})
    shown = top_with_rest(tone, top=25)
    assert len(shown) == 26 and shown["outlet_key"].iloc[-1] == "other (75 outlets)"
    assert shown["n_articles"].sum() == tone["n_articles"].sum()
    assert shown["mean"].iloc[-1] == pytest.approx((25 * 0.1 - 50 * 0.1) / 75)


def test_outlet_tone_pools_the_sentences_of_each_outlets_articles():
    from helpers.outlets import outlet_tone

    articles = pd.DataFrame({"article_id": ["a", "b", "c"], "file": ["a", "b", "c"], "outlet": ["X", "X", "Y"],
                             "url": [None] * 3})
    tone = pd.DataFrame({"article_id": ["a", "a", "b", "c", "c"], "tone": [0.2, 0.4, 0.6, -0.5, -0.3]})
    out = outlet_tone(tone, articles).set_index("outlet_key")  # no model scores: the lexicon, and it says so
    assert out.loc["X", "n_articles"] == 2 and out.loc["X", "n_sentences"] == 3
    assert out.loc["X", "mean"] == pytest.approx(0.4) and out.loc["Y", "mean"] == pytest.approx(-0.4)
    assert out.loc["X", "ci_low"] <= 0.4 <= out.loc["X", "ci_high"] and out["method"].str.startswith("lexicon").all()
    scored = tone.assign(model=[-0.2, -0.4, -0.6, 0.5, 0.3])  # the findings' method, the model, comes first
    out = outlet_tone(scored, articles).set_index("outlet_key")
    assert out.loc["X", "mean"] == pytest.approx(-0.4) and out.loc["Y", "mean"] == pytest.approx(0.4)
    assert out["method"].str.startswith("learned model").all()


def test_analysis_steps_recompute_only_changed_articles_and_give_the_same_tables(seed_dir, tmp_path, monkeypatch):
    from helpers.facts import load_number_codebooks, numbers_tables
    from helpers.framing import framing_tables, load_framing_codebooks
    from helpers.sentiment import load_sentiment_codebooks, sentiment_tables

    tables = build_tables(seed_dir)
    sentences, articles, blocks = tables["sentences"], tables["articles"], tables["blocks"]
    books = load_sentiment_codebooks(seed_dir)
    steps = {
        "numbers": lambda s: numbers_tables(s, articles, load_number_codebooks(seed_dir)),
        "sentiment": lambda s: sentiment_tables(s, articles, books["actors"], books["lexicon"]),
        "framing": lambda s: framing_tables(s, blocks, articles, load_framing_codebooks(seed_dir)),
    }
    plain = {name: step(sentences) for name, step in steps.items()}
    monkeypatch.setenv("NEWSCOMPARE_CACHE_DIR", str(tmp_path / "cache"))
    first = {name: step(sentences) for name, step in steps.items()}  # fills the cache
    import functools

    from helpers import facts, sentiment

    seen = []
    for module, name in ((sentiment, "sentence_tone"), (facts, "number_mentions")):
        def recording(frame, *args, _fn=getattr(module, name), **kw):
            seen.append((_fn.__name__, frame["article_id"].nunique()))
            return _fn(frame, *args, **kw)
        monkeypatch.setattr(module, name, functools.wraps(getattr(module, name))(recording))
    changed = sentences.copy()
    one = changed.index[(changed["article_id"] == articles["article_id"].iloc[0]) & (changed["role"] == "body")][0]
    changed.loc[one, "text"] = "Officials said 41 people were hurt, a grim figure."
    second = {name: step(changed) for name, step in steps.items()}
    for name in steps:
        for table in plain[name]:
            pd.testing.assert_frame_equal(first[name][table], plain[name][table], check_dtype=False)
    assert sorted(seen) == [("number_mentions", 1), ("sentence_tone", 1)]  # only the changed article is scored again
    assert second["numbers"]["numbers"]["text"].str.contains("41").any()
    monkeypatch.delenv("NEWSCOMPARE_CACHE_DIR")
    for name, step in steps.items():  # the cached run equals a run without any cache
        for table, frame in step(changed).items():
            pd.testing.assert_frame_equal(second[name][table], frame, check_dtype=False)


def test_the_report_command_sends_the_files_to_the_scheduler_it_is_given(tmp_path, monkeypatch):
    distributed = pytest.importorskip("distributed")
    from helpers import distributed as where
    from helpers import runner
    from helpers.cli import main

    corpus = paths_of_test_corpus("quake-valdora")
    used = []
    monkeypatch.setattr(runner, "numbered_notebooks", lambda *_: [])  # the tables are built; no notebook needed
    monkeypatch.setattr(where, "dask_compute", lambda address, _real=where.dask_compute: used.append(address) or _real(address))
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        assert main(["report", "--corpus", str(corpus), "--out", str(tmp_path / "out"),
                     "--scheduler", cluster.scheduler_address]) == 0
    assert used == [cluster.scheduler_address]
    run_sentences = pd.read_parquet(tmp_path / "out" / "latest" / "tables" / "sentences.parquet")
    pd.testing.assert_frame_equal(run_sentences, build_tables(corpus)["sentences"], check_dtype=False)
    assert list((tmp_path / "out" / "cache").rglob("*.pkl"))  # per-file results kept for the next run


def _clustered_tone(seed: int = 3) -> pd.DataFrame:
    """Three outlets of four articles, each article 50 sentences of nearly its own tone: the sentences of one article
    are not independent draws, the articles are."""
    rng = np.random.default_rng(seed)
    rows = []
    for outlet, shift in (("A", 0.25), ("B", 0.0), ("C", 0.0)):
        for k in range(4):
            level = shift + rng.normal(0, 0.3)
            rows += [{"source": outlet, "article_id": f"{outlet}{k}", "tone": level + rng.normal(0, 0.02)}
                     for _ in range(50)]
    return pd.DataFrame(rows)


def test_tone_contrasts_resample_an_outlets_articles_not_its_sentences():
    from helpers.sentiment import source_contrasts

    frame = _clustered_tone()
    by_article = source_contrasts(frame).set_index("source")
    by_sentence = source_contrasts(frame.drop(columns="article_id")).set_index("source")  # as before
    width = by_article["ci_high"] - by_article["ci_low"]
    assert (width > 4 * (by_sentence["ci_high"] - by_sentence["ci_low"])).all()
    assert by_sentence["clear"].all() and not by_article["clear"].any()  # 4 articles each: no outlet stands out
    pd.testing.assert_series_equal(by_article["difference"], by_sentence["difference"])
    one_each = frame.assign(article_id=frame["source"])  # one article per outlet: its sentences are resampled
    pd.testing.assert_frame_equal(source_contrasts(one_each), source_contrasts(frame.drop(columns="article_id")))


def test_outlet_tone_resamples_an_outlets_articles_not_its_sentences():
    from helpers.outlets import outlet_tone

    frame = _clustered_tone()
    articles = frame.drop_duplicates("article_id").assign(file=lambda d: d["article_id"], url=None)
    articles = articles.rename(columns={"source": "outlet"})[["article_id", "file", "outlet", "url"]]
    by_article = outlet_tone(frame, articles).set_index("outlet_key")
    one_each = outlet_tone(frame, articles.assign(outlet=articles["article_id"]))  # twelve outlets of one article
    assert (by_article["n_articles"] == 4).all() and (one_each["n_articles"] == 1).all()
    width = by_article["ci_high"] - by_article["ci_low"]
    assert (width > 4 * (one_each["ci_high"] - one_each["ci_low"]).max()).all()
    for name, own in frame.groupby("source"):  # the interval holds the mean of the article means' spread
        assert by_article.loc[name, "ci_low"] < own["tone"].mean() < by_article.loc[name, "ci_high"]
