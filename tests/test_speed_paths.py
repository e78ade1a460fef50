"""The fast paths of the analysis steps give what the plain per-row definitions give (correctness only; speed is
measured in benchmarks/scale.py): repeated texts scored once, voice parts reusing their sentence's scores, facts
compared in plain Python, grouped reductions instead of one call per source."""
from __future__ import annotations

import functools

import numpy as np
import pandas as pd
import pytest

from helpers import paths
from helpers.corpus import build_tables


@pytest.fixture(scope="module")
def seed_tables():
    return build_tables(paths.DEFAULT_CORPUS_DIR)


def test_repeated_texts_get_the_scores_they_get_alone():
    from helpers.sentiment import score_texts, whole_text_tone

    texts = ["Rescuers praised the calm of residents.", "The toll rose sharply overnight.",
             "Rescuers praised the calm of residents.", "Officials were criticised for the slow response."]
    lexicon = score_texts(texts)
    assert lexicon.iloc[0].equals(lexicon.iloc[2])
    for i, text in enumerate(texts):
        assert lexicon.iloc[i].to_dict() == score_texts([text]).iloc[0].to_dict()
    model = whole_text_tone(pd.Series(texts))
    assert list(model.index) == [0, 1, 2, 3] and model.iloc[0].equals(model.iloc[2])
    for i, text in enumerate(texts):  # alone or with others: the same score (a row never depends on its batch)
        assert model["score"].iloc[i] == pytest.approx(whole_text_tone(pd.Series([text]))["score"].iloc[0], abs=1e-12)
    assert whole_text_tone(pd.Series([], dtype=object)).empty


def test_voice_parts_reusing_sentence_scores_equal_voices_scored_alone(seed_tables):
    from helpers.sentiment import sentence_tone, voice_parts, voice_segments, voice_tone

    sentences = seed_tables["sentences"]
    alone = voice_segments(sentences)
    reused = voice_tone(sentence_tone(sentences))
    pd.testing.assert_frame_equal(alone, reused, check_dtype=False, atol=1e-9)
    assert set(alone["voice"]) == {"narration", "reported", "quote"}
    assert voice_parts("The ministry said the raid was lawful and necessary.") == [
        ("reported", "The ministry said the raid was lawful and necessary.")]
    assert voice_parts("Police raided the newspaper before dawn on Monday.") == [
        ("narration", "Police raided the newspaper before dawn on Monday.")]
    assert voice_parts('The mayor said "we will rebuild every home" on Monday.') == [
        ("narration", "The mayor said on Monday."), ("quote", "we will rebuild every home")]
    assert voice_parts("Too short.") == []


def test_grouped_method_agreement_equals_one_call_per_source(seed_tables):
    from helpers.sentiment import AGREEMENT_PAIRS, agreement_table, method_agreement, sentence_tone

    tone = sentence_tone(seed_tables["sentences"]).merge(seed_tables["articles"][["article_id", "source"]])
    first = tone.iloc[0]
    tone = pd.concat([tone, pd.DataFrame([first.to_dict() | {"source": "two rows"}] * 2),
                      pd.DataFrame([first.to_dict() | {"source": "constant"}] * 4)], ignore_index=True)
    scopes = [("all sources", tone)] + list(tone.groupby("source"))
    expected = pd.DataFrame([{"scope": name, **method_agreement(part, pair)} for pair in AGREEMENT_PAIRS
                             for name, part in scopes],
                            columns=["scope", "pair", "pearson", "spearman", "label_agreement", "kappa", "n"])
    got = agreement_table(tone)
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)
    assert got.loc[got["scope"] == "two rows", "kappa"].isna().all()


def test_fact_rows_list_the_reporting_articles_only():
    from helpers.facts import fact_article_pairs

    reported = pd.DataFrame({"fact_id": ["killed", "count|x", "killed", "seats"], "article_id": ["b", "c", "a", "c"]})
    pairs = fact_article_pairs(reported, pd.Series(["c", "a", "b"]))
    assert pairs.values.tolist() == [["count|x", "c"], ["killed", "a"], ["killed", "b"], ["seats", "c"]]


def _mentions(rows):
    frame = pd.DataFrame(rows, columns=["article_id", "fact_id", "value", "hedge", "scope", "published", "as_of"])
    return frame.assign(
        block_no=1, sentence_no=np.arange(len(frame)) + 1, fact_label=frame["fact_id"], quantity="killed", kind="count", unit="person", comparable=True, news_value=3,
        text=frame["value"].map(lambda v: f"{v} people"), value_low=frame["value"].astype(float),
        value_high=frame["value"].astype(float), published=pd.to_datetime(frame["published"], utc=True))


def test_fact_summary_compares_each_facts_figures_per_source():
    from helpers.facts import fact_summary, fact_table

    mentions = _mentions([
        ("a", "killed", 12, "exact", "", "2026-02-09T06:10Z", ""), ("a", "killed", 14, "about", "", "2026-02-09T06:10Z", ""),
        ("b", "killed", 30, "exact", "total", "2026-02-09T09:00Z", "9 a.m."),
        ("c", "injured", 5, "exact", "", None, ""), ("c", "injured", 7, "exact", "", None, "noon"),
    ])
    articles = pd.DataFrame({"article_id": ["a", "b", "c", "d"], "source": ["A", "B", "C", "D"]})
    summary = fact_summary(mentions, articles).set_index("fact_id")
    killed, injured = summary.loc["killed"], summary.loc["injured"]
    assert (killed["n_reporting"], killed["n_silent"], killed["n_mentions"]) == (2, 2, 3)
    assert (killed["low"], killed["high"], killed["spread"]) == (12.0, 30.0, 2.5)
    assert not killed["intervals_overlap"] and killed["scope_conflict"] and killed["hedge_mix"]
    assert killed["disagreement"] == pytest.approx(2 + 1 + 0.5 + np.log10(2.5), abs=1e-4)
    assert killed["timeline"] == "B (2026-02-09 09:00 UTC, as of 9 a.m.): 30 people | A (2026-02-09 06:10 UTC): 12 people, 14 people"
    assert (injured["n_reporting"], injured["n_silent"], injured["disagreement"], injured["difference"]) == (1, 3, 0.0, "")
    assert injured["intervals_overlap"] and not injured["headline_ok"]
    assert injured["timeline"] == "C (as of noon): 5 people, 7 people"
    facts = fact_table(mentions, articles)
    assert facts.groupby("fact_id").size().to_dict() == {"injured": 1, "killed": 2}  # silence is not listed
    assert facts.loc[facts["fact_id"] == "killed", "article_id"].tolist() == ["a", "b"] and facts["reported"].all()


def test_framing_reads_a_repeated_text_once_with_the_same_result(seed_tables):
    from helpers.framing import (contested_terms, load_framing_codebooks, sentence_frames, term_pairs, word_slots)

    books = load_framing_codebooks(paths.DEFAULT_CORPUS_DIR)
    sentences, articles = seed_tables["sentences"], seed_tables["articles"]
    first = sentences["article_id"].iloc[0]
    copy = sentences[sentences["article_id"] == first].assign(article_id="copy")  # wire copy in a second outlet
    doubled = pd.concat([sentences, copy], ignore_index=True)
    more = pd.concat([articles, articles[articles["article_id"] == first].assign(article_id="copy", source="Copy")])
    frames = sentence_frames(doubled, books["frames"])
    pd.testing.assert_frame_equal(frames[frames["article_id"] == "copy"].drop(columns="article_id").reset_index(drop=True),
                                  frames[frames["article_id"] == first].drop(columns="article_id").reset_index(drop=True))
    terms = contested_terms(doubled, more, books["contested_terms"]).set_index(["concept", "term", "source"])
    own = articles.set_index("article_id").loc[first, "source"]
    assert terms.xs("Copy", level="source").equals(terms.xs(own, level="source"))
    slots = word_slots(doubled, more)
    assert len(slots[slots["source"] == "Copy"]) == len(slots[slots["source"] == own]) > 0
    assert {"left", "word", "right"} <= set(slots.columns)
    assert not term_pairs(doubled, more).empty or term_pairs(sentences, articles).empty


def test_voice_shares_name_the_most_quoted_speakers_first():
    from helpers.voices import voice_shares

    quotes = pd.DataFrame({
        "article_id": ["a"] * 5 + ["b"], "block_no": [1, 1, 2, 3, 4, 1], "sentence_no": [1, 2, 1, 1, 1, 1],
        "type": ["direct", "reported", "direct", "reported", "reported", "direct"],
        "speaker": ["Ana Ruiz", "police", "police", "Jan Holt", "Jan Holt", "police"],
        "side": ["", "", "", "", "", ""], "speaker_type": ["official"] * 6, "quoted_words": [5, 0, 4, 0, 0, 3]})
    articles = pd.DataFrame({"article_id": ["a", "b"], "source": ["A", "B"]})
    out = voice_shares(quotes, articles).set_index("source")
    assert out.loc["A", "speakers"] == "police, Jan Holt, Ana Ruiz"  # 2, 2 (police quoted first), 1
    assert (out.loc["A", "quotations"], out.loc["A", "direct"], out.loc["A", "quoted_words"]) == (5, 2, 9)
    assert out.loc["A", "share"] == 1.0 and out.loc["B", "word_share"] == 1.0 and out.loc["A", "speaks_first"]


def test_quantity_specs_are_the_taxonomy_rows():
    from helpers.quantities import load_quantity_codebook

    book = load_quantity_codebook()
    assert set(book.specs) == set(book.taxonomy.index)
    for quantity, spec in book.specs.items():
        row = book.taxonomy.loc[quantity]
        assert (spec.label, spec.news_value, spec.split_by, spec.compare) == (
            row["label"], row["news_value"], row["split_by"], row["compare"])


def test_attribution_read_per_article_from_the_cache_equals_a_fresh_reading(seed_tables, tmp_path, monkeypatch):
    from helpers import attribution

    sentences = seed_tables["sentences"]
    fresh = attribution.attribute_sentences(sentences)
    monkeypatch.setenv("NEWSCOMPARE_CACHE_DIR", str(tmp_path / "cache"))
    pd.testing.assert_frame_equal(attribution.attribute_sentences(sentences), fresh)  # fills the cache
    read = []
    original = attribution.read_blocks

    def counting(frame):
        read.append(frame["article_id"].nunique())
        return original(frame)
    monkeypatch.setattr(attribution, "read_blocks", functools.wraps(original)(counting))  # same name: same cache
    changed = sentences.copy()
    first = changed.index[changed["role"] == "body"][0]
    changed.loc[first, "text"] = '"We will rebuild every home," the mayor said on Monday.'
    cached = attribution.attribute_sentences(changed)
    assert read == [1]  # only the changed article is read again
    monkeypatch.delenv("NEWSCOMPARE_CACHE_DIR")
    pd.testing.assert_frame_equal(cached, attribution.attribute_sentences(changed))
    assert cached.loc[(cached["article_id"] == changed.at[first, "article_id"]) & (cached["basis"] == "direct"),
                      "speaker"].str.contains("mayor").any()


def test_grouped_values_split_like_groupby():
    from helpers.sentiment import grouped_values

    frame = pd.DataFrame({"source": ["b", "a", None, "b", "a", "a"], "voice": ["q", "n", "n", "q", "n", "q"],
                          "tone": [0.1, 0.2, 0.3, np.nan, 0.5, 0.6]})
    got = [(keys, values.tolist()) for keys, values in grouped_values(frame, ["source", "voice"], "tone")]
    expected = [(keys, group["tone"].tolist()) for keys, group in frame.groupby(["source", "voice"], sort=True)]
    assert str(got) == str(expected)  # the same groups, order and values (NaN included)
    assert grouped_values(frame.iloc[:0], ["source"], "tone") == []


def test_encoder_batches_run_at_once_give_the_states_of_one_call(monkeypatch):
    """The encoder's batches run in several threads at once (`tone_model.run_batches`): every window's states, and so
    the tone scores, are those of the windows run one batch after another in one thread, whatever the batch size."""
    from helpers import tone_model
    from helpers.articlecache import WORKERS_ENV

    texts = ["Rescuers praised the calm of residents.", "The toll rose sharply overnight.",
             "Officials were criticised for the slow response to the flooding in the lower town.", "Calm returned.",
             "Union leaders said the offer was an insult to every worker who had kept the plant running for years."] * 3
    windows = [tone_model.wordpieces(t)[0] for t in texts]
    monkeypatch.setenv(WORKERS_ENV, "1")
    monkeypatch.setattr(tone_model, "BATCH", 64)
    alone = tone_model.encode_windows(windows, special=True)
    monkeypatch.setenv(WORKERS_ENV, "3")
    monkeypatch.setattr(tone_model, "_usable_cores", lambda: 3)  # three threads even on a one-core machine
    for batch in (1, 4, 16):
        monkeypatch.setattr(tone_model, "BATCH", batch)
        together = tone_model.encode_windows(windows, special=True)
        assert [s.shape for s in together] == [s.shape for s in alone]
        assert max(float(np.abs(a - b).max()) for a, b in zip(together, alone)) <= 1e-6
    session = tone_model.encoder_session()
    feeds = [tone_model._batch_inputs(windows, [i]) for i in range(len(windows))]
    assert all(np.array_equal(a, b) for a, b in zip(tone_model.run_batches(session, feeds, 3),
                                                    tone_model.run_batches(session, feeds, 1)))
