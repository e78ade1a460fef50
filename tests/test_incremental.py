"""Incremental runs: the whole-corpus parts of attribution, the actors found and readability, read from per-article
results kept between runs, give the tables a run without any cache gives (correctness only; speed is measured in
benchmarks/scale.py), and a later notebook reads the attribution table an earlier one saved."""
from __future__ import annotations

import functools

import pandas as pd
import pytest

from helpers import paths
from helpers.corpus import build_tables


@pytest.fixture(scope="module")
def several():
    """Three small corpora of other events in one set of tables (article ids kept apart by a prefix)."""
    parts = {name: [] for name in ("articles", "sentences", "blocks")}
    for event in ("quake-valdora", "strike-norland", "verdict-halberg"):
        tables = build_tables(paths.PROJECT_ROOT / "tests" / "corpora" / event)
        for name in parts:
            parts[name].append(tables[name].assign(article_id=event + "/" + tables[name]["article_id"]))
    return {name: pd.concat(frames, ignore_index=True) for name, frames in parts.items()}


def _steps(tables):
    from helpers.actors import corpus_actors
    from helpers.attribution import attribute_sentences
    from helpers.readability import readability
    from helpers.voices import quotations

    def actors(sentences):
        quotes = quotations(sentences, pd.DataFrame(columns=["actor", "side", "alias"]))
        return corpus_actors(sentences, tables["articles"], quotes)

    return {"attributions": lambda s: {"attributions": attribute_sentences(s)},
            "actors": actors,
            "readability": lambda s: {"readability": readability(tables["articles"], s)}}


def _run(steps, sentences):
    return {(step, name): frame for step, fn in steps.items() for name, frame in fn(sentences).items()}


def _assert_same(got: dict, expected: dict):
    assert got.keys() == expected.keys()
    for key, frame in expected.items():
        pd.testing.assert_frame_equal(got[key].reset_index(drop=True), frame.reset_index(drop=True), obj=str(key))


def _resolved_articles(monkeypatch) -> list:
    """Record how many articles each call resolves speakers for."""
    from helpers import attribution

    seen = []
    original = attribution.resolve_speakers

    @functools.wraps(original)
    def recording(frame, *args, **kw):
        seen.append(frame["article_id"].nunique())
        return original(frame, *args, **kw)

    monkeypatch.setattr(attribution, "resolve_speakers", recording)
    return seen


def test_a_cached_rerun_after_one_changed_article_equals_a_fresh_run(several, tmp_path, monkeypatch):
    steps, sentences = _steps(several), several["sentences"]
    plain = _run(steps, sentences)
    monkeypatch.setenv("NEWSCOMPARE_CACHE_DIR", str(tmp_path / "cache"))
    _assert_same(_run(steps, sentences), plain)  # filling the cache
    seen = _resolved_articles(monkeypatch)
    _assert_same(_run(steps, sentences), plain)  # all from the cache
    assert sum(seen) == 0
    changed = sentences.copy()
    one = changed.index[changed["role"] == "body"][3]
    changed.loc[one, "text"] = "\u201cWe will keep going,\u201d she said, and the crowd cheered."  # names no one new
    cached = _run(steps, changed)
    assert sum(seen) == 1  # one article's speakers resolved again, the others read back
    monkeypatch.delenv("NEWSCOMPARE_CACHE_DIR")
    _assert_same(cached, _run(steps, changed))


def test_a_name_described_in_one_article_types_it_in_the_others_after_a_rerun(several, tmp_path, monkeypatch):
    steps, sentences = _steps(several), several["sentences"]
    monkeypatch.setenv("NEWSCOMPARE_CACHE_DIR", str(tmp_path / "cache"))
    _run(steps, sentences)
    seen = _resolved_articles(monkeypatch)
    changed = sentences.copy()
    one = changed.index[changed["role"] == "body"][0]
    changed.loc[one, "text"] = "Vera Okonjo, a seismologist at the national institute, said the ground was still moving."
    cached = _run(steps, changed)
    assert sum(seen) == changed["article_id"].nunique()  # the corpus's names changed: every article resolved again
    monkeypatch.delenv("NEWSCOMPARE_CACHE_DIR")
    _assert_same(cached, _run(steps, changed))


def test_cache_keys_do_not_depend_on_display_options():
    from helpers.articlecache import _arg_digest
    from helpers.facts import load_number_codebooks

    books = load_number_codebooks(paths.DEFAULT_CORPUS_DIR)
    before = [_arg_digest(book) for book in books.values()]
    with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 10_000):
        assert [_arg_digest(book) for book in books.values()] == before
    assert _arg_digest({"a": 1, "b": {2, 3}}) == _arg_digest({"b": {3, 2}, "a": 1})
    assert _arg_digest(pd.DataFrame({"x": [1]}, index=["a"])) != _arg_digest(pd.DataFrame({"x": [1]}, index=["b"]))


def test_the_attribution_table_is_computed_once_and_read_by_a_later_notebook(seed_dir, tmp_path, monkeypatch):
    from helpers import attribution
    from helpers.corpus import load_tables
    from helpers.steps import attributions_table

    processed = tmp_path / "processed"
    sentences = load_tables(seed_dir, processed)["sentences"]
    first = attributions_table(sentences, processed)  # as 02 runs it: computed and saved
    pd.testing.assert_frame_equal(first, attribution.attribute_sentences(sentences))
    assert (processed / "attributions.parquet").exists()

    def never(*_args, **_kw):
        raise AssertionError("the attribution step ran again")

    monkeypatch.setattr(attribution, "attribute_sentences", never)
    pd.testing.assert_frame_equal(attributions_table(sentences, processed), first, check_dtype=False)  # as 04 reads it
    monkeypatch.undo()
    fewer = sentences[sentences["article_id"] != sentences["article_id"].iloc[0]]
    pd.testing.assert_frame_equal(attributions_table(fewer, processed), attribution.attribute_sentences(fewer))


def test_cache_keys_are_the_same_in_every_process():
    """Codebook tables hold sets (a quantity's kinds): their order in a process follows its hash seed, never the key."""
    import os
    import subprocess
    import sys

    code = ("from helpers.articlecache import _arg_digest; from helpers import paths; "
            "from helpers.facts import load_number_codebooks as n; from helpers.framing import load_framing_codebooks as f; "
            "print(_arg_digest(n(paths.DEFAULT_CORPUS_DIR)), _arg_digest(f(paths.DEFAULT_CORPUS_DIR)))")
    keys = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(keys) == 1


def test_claimant_keys_computed_once_give_the_tables_computed_at_every_step(monkeypatch):
    """The numbers step computes each figure's claimant key once (`facts.with_claimant_key`) and the split by claimant,
    the base facts and the fact summary read it: the tables equal those of computing it at each step, as before."""
    from functools import partial

    from helpers import facts
    from helpers.attribution import add_claimants, attribute_sentences

    calls = []
    original = facts.claimant_key
    monkeypatch.setattr(facts, "claimant_key", lambda *a, **kw: calls.append(1) or original(*a, **kw))
    for event in ("strike-norland", "verdict-halberg"):
        folder = paths.PROJECT_ROOT / "tests" / "corpora" / event
        tables = build_tables(folder)
        claimants = partial(add_claimants, attributions=attribute_sentences(tables["sentences"]))
        books = facts.load_number_codebooks(folder)
        calls.clear()
        once = facts.numbers_tables(tables["sentences"], tables["articles"], books, claimants=claimants)
        assert len(calls) == 1
        with monkeypatch.context() as m:  # as before: every step computes its own key
            m.setattr(facts, "_claimant_keys", lambda ms: facts.claimant_key(ms["claimant"], ms))
            m.setattr(facts, "with_claimant_key", lambda ms: ms.assign(
                _claimant_key=facts.claimant_key(ms["claimant"].fillna("").astype(str), ms)) if len(ms) else ms)
            every = facts.numbers_tables(tables["sentences"], tables["articles"], books, claimants=claimants)
        assert len(calls) > 2
        assert (once["fact_summary"]["difference"] == "claimants").any() or event != "strike-norland"
        for name, frame in every.items():
            pd.testing.assert_frame_equal(once[name], frame, obj=f"{event} {name}")


def test_claimants_differ_in_one_grouped_pass_equals_fact_by_fact():
    from functools import partial

    from helpers import facts
    from helpers.attribution import add_claimants, attribute_sentences

    found = 0
    for event in ("strike-norland", "verdict-halberg", "quake-valdora", "election-varenia"):
        folder = paths.PROJECT_ROOT / "tests" / "corpora" / event
        tables = build_tables(folder)
        numbers = facts.numbers_tables(tables["sentences"], tables["articles"], facts.load_number_codebooks(folder),
                                       claimants=partial(add_claimants, attributions=attribute_sentences(tables["sentences"])))["numbers"]
        mentions = facts.with_claimant_key(facts.with_intervals(numbers))
        differ = facts.claimants_differ(mentions)
        assert differ == facts.claimants_differ_by_group(mentions), event
        found += len(differ)
    assert found > 0


def test_figures_per_source_grouped_in_one_pass_equal_the_grouped_aggregation():
    """`changes._reported` (the index page's figures per source and fact, compared between two runs) groups in plain
    Python; it gives what the pandas aggregation it replaced gives: sorted keys, the first label that is not missing,
    texts and sentences joined in table order, unreported rows left out, and the same empty table."""
    from helpers.changes import _reported

    facts = pd.DataFrame({
        "source": ["B", "A", "B", "A", "A", "C", None],
        "fact_id": ["f2", "f1", "f2", "f1", "f3", "f1", "f1"],
        "fact_label": [None, "one", "two", "ONE", "three", "one", "one"],
        "texts": ["t1", "t2", "t3", "t4", "t5", "t6", "t7"],
        "sentences": ["s1", "s2", "s3", "s4", "s5", "s6", "s7"],
        "reported": [True, True, True, True, True, False, True],
    }).astype({c: "str" for c in ("source", "fact_id", "fact_label", "texts", "sentences")})
    facts.loc[[0], "fact_label"] = None
    facts.loc[[6], "source"] = None

    def grouped(frame):
        return (frame[frame["reported"]].groupby(["source", "fact_id"], as_index=False)
                .agg(fact_label=("fact_label", "first"), texts=("texts", " | ".join),
                     sentences=("sentences", " | ".join)))

    got = _reported(facts)
    pd.testing.assert_frame_equal(got, grouped(facts))
    assert got["texts"].tolist() == ["t2 | t4", "t5", "t1 | t3"] and got["fact_label"].tolist() == ["one", "three", "two"]
    for empty in (facts.iloc[:0], facts.assign(reported=False)):
        pd.testing.assert_frame_equal(_reported(empty), grouped(empty))


def test_a_figure_drawn_again_reads_its_svg_from_the_cache_and_gives_the_same_files(tmp_path, monkeypatch):
    """`figures.save_figure` with a cache folder: a figure drawn before (05 draws three charts of 02-04 again; an
    unchanged chart in a rerun), known by its PNG and its texts, copies its SVG from the cache; the files equal a
    render without the cache (PNG first, as always: the first drawing fixes the layout), and a figure that differs
    is rendered."""
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure

    from helpers import figures

    def chart(values):
        fig, ax = plt.subplots(figsize=(4, 3))
        ax.bar(["a", "b", "c"], values)
        ax.set_title("Three bars")
        return fig

    rendered = []
    original = Figure.savefig
    monkeypatch.setattr(Figure, "savefig", lambda self, f, **kw: (rendered.append(kw.get("format")), original(self, f, **kw))[1])
    figures.apply_style()
    monkeypatch.delenv(figures.CACHE_ENV, raising=False)
    plain = figures.save_figure(chart([1, 2, 3]), "plain", tmp_path / "plain")
    monkeypatch.setenv(figures.CACHE_ENV, str(tmp_path / "cache"))
    first = figures.save_figure(chart([1, 2, 3]), "bars", tmp_path / "one")
    again = figures.save_figure(chart([1, 2, 3]), "bars", tmp_path / "two")
    other = figures.save_figure(chart([3, 2, 1]), "bars", tmp_path / "three")
    assert rendered == ["png", "svg", "png", "svg", "png", "png", "svg"]  # the second drawing: its PNG only
    for ext in ("png", "svg"):
        assert first[ext].read_bytes() == again[ext].read_bytes() == plain[ext].read_bytes()
        assert other[ext].read_bytes() != first[ext].read_bytes()
    assert len(list((tmp_path / "cache" / figures.FIGURE_CACHE).glob("*.svg"))) == 2


def test_fact_rows_grouped_in_one_pass_equal_the_grouped_aggregation():
    """`facts._reported_rows` (the fact table's row per fact × reporting article) groups in plain Python; it gives
    what the pandas aggregation it replaced gives: groups in order of first mention, lowest low, highest high (none
    when one mention has none), distinct sorted units and scopes, hedges with the empty one, texts in order."""
    import numpy as np

    from helpers.facts import _joined, _reported_rows

    nan = np.nan
    mentions = pd.DataFrame({
        "fact_id": ["f2", "f1", "f2", "f1", "f2", "f3"], "article_id": ["a2", "a1", "a2", "a1", "a1", "a1"],
        "block_no": [1, 2, 3, 2, 1, 4], "sentence_no": [0, 1, 2, 3, 0, 1],
        "value_low": [5.0, nan, 7.0, 3.0, 1.0, nan], "value_high": [6.0, 9.0, nan, 4.0, 2.0, nan],
        "unit": ["people", "", "people", "dollars", "", ""], "hedge": ["", "about", "at least", "", "", ""],
        "scope": ["total", "", "", "one side", "", ""], "text": ["5", "9", "7", "3", "1", "x"],
    }).astype({c: "str" for c in ("fact_id", "article_id", "unit", "hedge", "scope", "text")})
    where = mentions.assign(where="b" + mentions["block_no"].astype(str) + "s" + mentions["sentence_no"].astype(str),
                            has_high=mentions["value_high"].notna())
    where = where.astype({c: object for c in ("unit", "hedge", "scope", "text", "where")})
    expected = where.groupby(["fact_id", "article_id"], sort=False).agg(
        n_mentions=("text", "size"), value_low=("value_low", "min"), value_high=("value_high", "max"),
        all_high=("has_high", "all"), unit=("unit", _joined),
        hedges=("hedge", lambda v: _joined(v, drop_empty=False)), scopes=("scope", _joined),
        texts=("text", " | ".join), sentences=("where", " | ".join)).reset_index()
    expected["value_high"] = expected["value_high"].where(expected["all_high"])
    got = _reported_rows(mentions)
    pd.testing.assert_frame_equal(got, expected.drop(columns="all_high"))
    assert got["value_high"].isna().tolist() == [True, False, False, True] and got["texts"][0] == "5 | 7"


def test_actors_found_read_each_distinct_text_and_span_once_give_the_same_actors(several):
    """`actors.candidate_actors` reads each distinct sentence once and each distinct capitalised span once (a text or
    a span met again adds nothing to the actors found); it gives what reading every text and span in turn gives, with
    the texts repeated in any order (wire copy)."""
    import re

    from helpers import attribution_rules as rules
    from helpers.actors import _add_span, _without_sentence_words, candidate_actors
    from helpers.attribution import _names, mask_abbreviations, unmask

    body = several["sentences"].loc[several["sentences"]["role"] == "body", "text"].tolist()
    texts = body + body[::3] + body[:40]  # repeated sentences, later in the corpus

    def every_text_in_turn(texts):
        found: dict = {}
        for raw in texts:  # as before: every text, every span, no memory
            for full, acronym in re.findall(r"((?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|the)\s+)*)+[A-Z][\w’'-]*)\s+\(([A-Z]{2,})\)", raw):
                full = re.sub(r"^(?:the|a|an)\s+", "", _without_sentence_words(full), flags=re.I)
                found.setdefault(full, {"kind": "organisation", "aliases": set(), "title": ""})["aliases"].add(acronym)
            for span in (unmask(n) for n in _names(mask_abbreviations(raw))):
                _add_span(found, span)
        things = {m.group(1) for raw in texts for m in rules.THING_NOUNS.finditer(raw)}
        return {name: entry for name, entry in found.items() if name not in things}

    got = candidate_actors(texts)
    assert list(got.items()) == list(every_text_in_turn(texts).items()) and len(got) > 20


def test_outlet_figures_joined_in_one_pass_equal_the_grouped_aggregation():
    """`pooled.outlet_facts` (fact × outlet, read by 02 and 05) joins each outlet's distinct figures in plain Python;
    it gives what the explode / drop duplicates / grouped join it replaced gives, in order of first appearance."""
    from helpers.pooled import outlet_facts

    facts = pd.DataFrame({
        "fact_id": ["f1", "f1", "f2", "f1", "f2", "f3"], "fact_label": ["one", "one", "two", "one", "two", "three"],
        "source": ["A", "A", "B", "B", "B", "A"], "reported": [True, True, True, True, False, True],
        "n_mentions": [2, 1, 1, 3, 1, 1], "texts": ["12 | about 12", "12 | 13", "5", "", "6", ""]})

    def grouped(facts):
        reported = facts.loc[facts["reported"], ["fact_id", "fact_label", "source", "n_mentions", "texts"]]
        reported = reported.astype({"fact_id": object, "fact_label": object, "source": object, "texts": object})
        exploded = reported.assign(text=reported["texts"].str.split(" | ", regex=False)).explode("text")
        joined = (exploded[exploded["text"].fillna("") != ""].drop_duplicates(["fact_id", "source", "text"])
                  .groupby(["fact_id", "source"])["text"].agg(" | ".join).rename("texts"))
        out = reported.groupby(["fact_id", "source"], as_index=False, sort=False).agg(
            fact_label=("fact_label", "first"), n_mentions=("n_mentions", "sum"), n_articles_reporting=("source", "size"))
        out = out.merge(joined.reset_index(), on=["fact_id", "source"], how="left")
        return out.assign(reported=True, texts=out["texts"].fillna(""))[
            ["fact_id", "fact_label", "source", "reported", "n_mentions", "n_articles_reporting", "texts"]]

    got = outlet_facts(facts)
    assert got["texts"].tolist() == ["12 | about 12 | 13", "5", "", ""]
    for frame in (facts, facts.assign(texts=""), facts.iloc[:0]):
        pd.testing.assert_frame_equal(outlet_facts(frame), grouped(frame))


def test_a_whole_corpus_step_is_read_back_only_for_the_same_inputs(tmp_path, monkeypatch):
    from helpers.articlecache import whole_corpus

    calls = []

    def shares(frame, scale):
        calls.append(len(frame))
        return frame.assign(share=frame["n"] / frame["n"].sum() * scale)

    frame = pd.DataFrame({"article_id": ["a", "b"], "n": [1, 3]})
    monkeypatch.delenv("NEWSCOMPARE_CACHE_DIR", raising=False)
    expected = shares(frame, 100)
    whole_corpus(shares, frame, 100)
    assert len(calls) == 2  # without a cache folder: computed every time
    monkeypatch.setenv("NEWSCOMPARE_CACHE_DIR", str(tmp_path))
    pd.testing.assert_frame_equal(whole_corpus(shares, frame, 100), expected)  # computed, stored
    pd.testing.assert_frame_equal(whole_corpus(shares, frame.copy(), 100), expected)  # same content: read back
    assert len(calls) == 3
    whole_corpus(shares, frame.assign(n=[1, 4]), 100)  # a changed input or argument: computed again
    whole_corpus(shares, frame, 10)
    assert len(calls) == 5
    for entry in (tmp_path / "steps").rglob("*.pkl"):
        entry.write_bytes(b"damaged")
    pd.testing.assert_frame_equal(whole_corpus(shares, frame, 100), expected)  # a damaged entry: computed again
    assert len(calls) == 6


def _numbers_step(tables, sentences):
    from helpers.attribution import add_claimants, attribute_sentences
    from helpers.facts import load_number_codebooks, numbers_tables

    claimants = functools.partial(add_claimants, attributions=attribute_sentences(sentences))
    articles = tables["articles"].assign(source=tables["articles"]["article_id"].str.split("/").str[0])
    return numbers_tables(sentences, articles, load_number_codebooks(None), claimants=claimants)


def test_an_edit_with_no_figure_reads_the_fact_steps_back_and_gives_the_fresh_tables(several, tmp_path, monkeypatch):
    from helpers import attribution, facts

    counted = {name: 0 for name in ("fact_summary", "fact_table", "claimant_key", "_claimants_of")}
    for module, name in [(facts, "fact_summary"), (facts, "fact_table"), (facts, "claimant_key"),
                         (attribution, "_claimants_of")]:
        original = getattr(module, name)

        def counting(*args, _original=original, _name=name, **kw):
            counted[_name] += 1
            return _original(*args, **kw)

        monkeypatch.setattr(module, name, functools.wraps(original)(counting))
    sentences = several["sentences"]
    monkeypatch.setenv("NEWSCOMPARE_CACHE_DIR", str(tmp_path / "cache"))
    _numbers_step(several, sentences)
    first = dict(counted)
    quiet = sentences.index[(sentences["role"] == "body") & ~sentences["text"].str.contains(r"\d")]
    edited = sentences.copy()
    edited.loc[quiet[-1], "text"] = "The crowd outside the building cheered."  # a sentence with no figure
    cached = _numbers_step(several, edited)
    assert counted == first  # every fact step read back
    changed = edited.copy()
    with_figure = sentences.index[(sentences["role"] == "body") & sentences["text"].str.contains(r"\d")][5]
    changed.loc[with_figure, "text"] = "Officials said 4,321 people were affected."
    recomputed = _numbers_step(several, changed)
    assert all(counted[name] > first[name] for name in counted)  # a figure changed: computed again
    monkeypatch.delenv("NEWSCOMPARE_CACHE_DIR")
    for got, text in ((cached, edited), (recomputed, changed)):
        expected = _numbers_step(several, text)
        for name, frame in expected.items():
            pd.testing.assert_frame_equal(got[name], frame, obj=name)


def _pid_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per input row, with the process that computed it (a per-article function for the parallel path)."""
    import os

    return frame[["article_id", "sentence_no"]].assign(pid=os.getpid(), n=len(frame))


def test_articles_computed_in_parts_in_worker_processes_give_the_one_call_rows(several, monkeypatch):
    """Missing articles of a PARALLEL_SAFE function are cut into whole-article parts, computed at once in forked
    processes and joined in order: the rows one call gives (here the attribution's reading of each paragraph on
    150 articles made of three corpora); a function outside the table, or too few articles, runs in one call."""
    import os

    from helpers import articlecache
    from helpers.attribution import read_blocks

    sentences = pd.concat([several["sentences"].assign(article_id=f"copy{k}/" + several["sentences"]["article_id"])
                           for k in range(15)], ignore_index=True)
    assert sentences["article_id"].nunique() >= articlecache.PARALLEL_FROM
    got = articlecache.computed_in_parts(read_blocks, sentences, (), {})
    pd.testing.assert_frame_equal(got, read_blocks(sentences))
    parts = articlecache.article_chunks(sentences, 2)
    assert [len(p) for p in parts] and sum(map(len, parts)) == len(sentences)
    assert not set(parts[0]["article_id"]) & set(parts[-1]["article_id"])  # whole articles in each part
    row = {"module": _pid_rows.__module__, "name": _pid_rows.__qualname__, "only_with": "", "why": "test"}
    one_call = articlecache.computed_in_parts(_pid_rows, sentences, (), {})
    assert one_call["pid"].nunique() == 1 and (one_call["n"] == len(sentences)).all()  # not in the table
    monkeypatch.setattr(articlecache, "PARALLEL_SAFE", pd.concat([articlecache.PARALLEL_SAFE, pd.DataFrame([row])]))
    split = articlecache.computed_in_parts(_pid_rows, sentences, (), {})
    pd.testing.assert_frame_equal(split[["article_id", "sentence_no"]], sentences[["article_id", "sentence_no"]]
                                  .reset_index(drop=True))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    assert split["pid"].nunique() == min(cores, 2) and os.getpid() in set(split["pid"])
    monkeypatch.setenv(articlecache.WORKERS_ENV, "1")  # a user's cap: one process
    assert articlecache.computed_in_parts(_pid_rows, sentences, (), {})["pid"].nunique() == 1
    monkeypatch.delenv(articlecache.WORKERS_ENV)
    few = sentences[sentences["article_id"].isin(sentences["article_id"].unique()[:10])]
    assert articlecache.computed_in_parts(_pid_rows, few, (), {})["pid"].nunique() == 1


def test_a_function_with_a_model_argument_is_never_sent_to_a_worker():
    """`only_with`: the frame rules may run in worker processes, the frame model (onnxruntime) only here."""
    from helpers.articlecache import parallel_safe
    from helpers.framing import sentence_frames

    assert parallel_safe(sentence_frames, {}) and parallel_safe(sentence_frames, {"method": "rules"})
    assert not parallel_safe(sentence_frames, {"method": "rules+model"})
    assert not parallel_safe(pd.DataFrame, {})


def test_title_and_given_name_antecedents_among_thousands_of_corpus_names():
    """The names a whole corpus describes are read for every bare title ("the authority") and given name ("said
    Ivar"): only those holding the title's last word (or the given name) are tested further, with the same answers
    whatever else the corpus names (2,000 invented people and bodies added here)."""
    from helpers.attribution import _full_name, _title_antecedent

    named = {"Water Supply Authority (WSA)": "official", "Delta Pumping Company": "organisation",
             "Ana Ruiz": "official", "North Valley Authority": "official"}
    described = {"Pensioner Ivar Brekk": "citizen", "Hugo Santaren": "official", "Mayor Ivo Lund": "official"}
    crowd = {f"{first} {last}{k}": "citizen" for k in range(400) for first, last in
             [("Mira", "Holt"), ("Jon", "Aske"), ("Lea", "Brun"), ("Tor", "Vik"), ("Eli", "Sand")]}
    bodies = {f"Harbour Board {k}": "official" for k in range(200)}
    titles = {"the authority": ("the Water Supply Authority (WSA)", "official"),
              "the water authority": ("the Water Supply Authority (WSA)", "official"),
              "the pumping company": ("the Delta Pumping Company", "organisation"), "the agency": None}
    for names in (named, {**crowd, **named, **bodies}):
        assert {t: _title_antecedent(t, [], names, []) for t in titles} == titles
    expected = {"Santaren": ("Hugo Santaren", "official"), "Ivar": ("Ivar Brekk", "citizen"),
                "Ivo": ("Ivo Lund", "official"), "Nobody": None}
    for names in (described, {**crowd, **described}):
        assert {n: _full_name(n, names) for n in expected} == expected
