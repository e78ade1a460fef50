"""Numbers: accuracy against hand-annotated keys (with quantulum3's figures on the same keys), bad input, facts."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from conftest import KEYS
from helpers import paths
from helpers.codebooks import load_units
from helpers.corpus import build_tables
from helpers.evaluation import match_mentions, quantulum_mentions, score
from helpers.facts import apply_fact_overrides, load_number_codebooks, numbers_tables
from helpers.numbers import extract_numbers
from helpers.quantities import load_quantity_codebook

UNITS = load_units(paths.codebook_path("units.csv"))
TARGET = 0.95  # issue #3: precision, recall and value/unit/hedge accuracy on the default corpus
HELD_OUT_FLOOR = 0.85  # fixed before the held-out key was first scored; a regression floor, not a target


def _read_key(name: str) -> pd.DataFrame:
    key = pd.read_csv(KEYS / name, comment="#", keep_default_na=False, dtype={"file": str})
    for col in ("value_low", "value_high"):
        key[col] = pd.to_numeric(key[col])
    return key


@pytest.fixture(scope="module")
def seed_key_and_lines():
    key = _read_key("istanbul_numbers.csv")
    blocks = build_tables(paths.DEFAULT_CORPUS_DIR)["blocks"]
    body = blocks[blocks["role"] == "body"].assign(file=lambda d: d["article_id"].str[:3], line=lambda d: d["line_start"])
    text = {(r.file, r.line): r.text for r in body.itertuples()}
    key["start"] = [text[(f, l)].find(t) for f, l, t in zip(key["file"], key["line"], key["text"])]
    assert (key["start"] >= 0).all(), key[key["start"] < 0]
    key["end"] = key["start"] + key["text"].str.len()
    return key, body


def _sentence_key(stem: str):
    sentences = pd.read_csv(KEYS / f"{stem}_sentences.csv")
    key = _read_key(f"{stem}_numbers.csv")
    text = dict(zip(sentences["id"], sentences["sentence"]))
    key["start"] = [text[i].find(t) for i, t in zip(key["id"], key["text"])]
    assert (key["start"] >= 0).all()
    key["end"] = key["start"] + key["text"].str.len()
    return key, sentences


def _run(extract, key, units_of_text, unit_cols):
    got = pd.concat([extract(text).assign(**dict(zip(unit_cols, ident))) for ident, text in units_of_text],
                    ignore_index=True)
    return match_mentions(key, got, unit_cols)


def test_default_corpus_accuracy_meets_the_target_and_quantulum_is_reported(seed_key_and_lines, accuracy):
    key, body = seed_key_and_lines
    units_of_text = [((r.file, r.line), r.text) for r in body.itertuples()]
    ours = score(_run(lambda t: extract_numbers(t, UNITS), key, units_of_text, ["file", "line"]))
    peer = score(_run(quantulum_mentions, key, units_of_text, ["file", "line"]))
    accuracy["numbers, default corpus (ours)"] = ours
    accuracy["numbers, default corpus (quantulum3)"] = peer
    for name in ("precision", "recall", "value_accuracy", "unit_accuracy", "hedge_accuracy"):
        assert ours[name] >= TARGET, (name, ours)
    assert ours["all_right"] > peer["all_right"]


@pytest.mark.parametrize("stem", ["general", "general2", "heldout"])
def test_other_events_accuracy(stem, accuracy):
    key, sentences = _sentence_key(stem)
    units_of_text = [((i,), s) for i, s in zip(sentences["id"], sentences["sentence"])]
    ours = score(_run(lambda t: extract_numbers(t, UNITS), key, units_of_text, ["id"]))
    peer = score(_run(quantulum_mentions, key, units_of_text, ["id"]))
    accuracy[f"numbers, {stem} sentences (ours)"] = ours
    accuracy[f"numbers, {stem} sentences (quantulum3)"] = peer
    floor = HELD_OUT_FLOOR if stem == "heldout" else TARGET
    assert ours["precision"] >= floor and ours["recall"] >= floor, ours


def test_quantity_of_matched_mentions(seed_key_and_lines, accuracy):
    key, _ = seed_key_and_lines
    tables = build_tables(paths.DEFAULT_CORPUS_DIR)
    mentions = numbers_tables(tables["sentences"], tables["articles"], load_number_codebooks(paths.DEFAULT_CORPUS_DIR))["numbers"]
    blocks = tables["blocks"].set_index(["article_id", "block_no"])
    mentions["file"] = mentions["article_id"].str[:3]
    mentions["line"] = [blocks.loc[(a, b), "line_start"] for a, b in zip(mentions["article_id"], mentions["block_no"])]
    # offsets of the key are in the block; move the mentions' sentence offsets into the block
    sent = tables["sentences"].set_index(["article_id", "block_no", "sentence_no"])["start"]
    shift = [sent[(a, b, s)] for a, b, s in zip(mentions["article_id"], mentions["block_no"], mentions["sentence_no"])]
    mentions["start"], mentions["end"] = mentions["start"] + shift, mentions["end"] + shift
    matched = match_mentions(key, mentions[["file", "line", "start", "end", "quantity", "scope"]], ["file", "line"])
    hits = matched[matched["matched"]]
    # The seed key names a count of anything else by its noun ("region"); the taxonomy calls that `count`
    # (`other` for ordinals) and keeps the noun in the fact id.
    known = set(load_quantity_codebook(paths.DEFAULT_CORPUS_DIR).taxonomy.index)
    expected = [q if q in known else ("other" if k == "ordinal" else "count") for q, k in zip(hits["quantity"], hits["kind"])]
    quantity_ok = float((pd.Series(expected, index=hits.index) == hits["quantity_got"]).mean())
    scope_ok = float((hits["scope"] == hits["scope_got"]).mean())
    accuracy["numbers, default corpus: what is counted"] = {"quantity_accuracy": quantity_ok, "scope_accuracy": scope_ok}
    assert quantity_ok == 1.0 and scope_ok == 1.0


@pytest.mark.parametrize(
    "text, expected",
    [
        ("two to three days", (48.0, 72.0, "hour", "range")),
        ("at least 1,000 prisoners", (1000.0, math.nan, "prisoner", "at_least")),
        ("a 1,200-for-1,200 swap", (1200.0, 1200.0, "", "exact")),
        ("several hundred children", (300.0, 900.0, "child", "vague")),
        ("tens of thousands", (20000.0, 99999.0, "", "vague")),
        ("a roughly 90-minute session", (1.5, 1.5, "hour", "about")),
        ("just over an hour", (1.0, math.nan, "hour", "more_than")),
        ("around 20%", (20.0, 20.0, "percent", "about")),
        ("$7 billion", (7e9, 7e9, "USD", "exact")),
        ("a 53-year-old man", (53.0, 53.0, "year", "exact")),
        ("between June 20 and 30", (620.0, 630.0, "date", "range")),
        ("up to five days", (math.nan, 120.0, "hour", "at_most")),
    ],
)
def test_grammar_examples(text, expected):
    row = extract_numbers(text, UNITS).iloc[0]
    got = (row["value_low"], row["value_high"], row["unit"], row["hedge"])
    assert all((isinstance(e, float) and math.isnan(e) and math.isnan(g)) or g == e for g, e in zip(got, expected)), got


@pytest.mark.parametrize("text, levels", [
    # the first of two levels takes the scale word of the second (same order of magnitude), and a bare count its unit
    ("The population grew from 2.1 to 2.4 million.", [(2.1e6, ""), (2.4e6, "")]),
    ("Profit fell from 800 to 650 million dollars.", [(8e8, "USD"), (6.5e8, "USD")]),
    ("Turnover should rise from 24.2 to 33-35 billion euros.", [(24.2e9, "EUR"), (33e9, "EUR")]),
    ("Subscribers went from 800 to 650 million.", [(8e8, ""), (6.5e8, "")]),
    ("Users grew from 500 to 1.2 million.", [(500.0, ""), (1.2e6, "")]),  # a thousand times apart: 500 as written
    ("Users grew from 2.1 million to 2.4 million.", [(2.1e6, ""), (2.4e6, "")]),
])
def test_a_level_takes_the_scale_of_the_level_after_it(text, levels):
    found = extract_numbers(text, UNITS)
    assert list(zip(found["value_low"], found["unit"])) == levels, found


def test_bad_input_gives_a_result_or_a_clear_error():
    assert extract_numbers("").empty
    assert extract_numbers("No figures here at all.").empty
    assert extract_numbers(("1234567890," * 95_000)[:1_000_000]).empty  # a 1 MB line of digits and commas: no figure
    assert extract_numbers("7" * 1_000_000).empty  # a million-digit string is not a figure
    arabic = extract_numbers("\u0663\u0660 days")  # Arabic-Indic digits
    assert arabic[["value_low", "unit"]].iloc[0].tolist() == [720.0, "hour"]
    full_width = extract_numbers("\uff13\uff10 hours")
    assert full_width["value_low"].iloc[0] == 30.0
    glued = extract_numbers("F-16s, COVID-19, G7, 5G and abc123def were mentioned; Su-34 jets too.")
    assert glued.empty, glued
    with pytest.raises(TypeError, match="expects a string"):
        extract_numbers(None)


def test_offsets_point_at_the_verbatim_text():
    text = "Officials said some 6,000 bodies of fallen soldiers from each side would be returned within a week."
    found = extract_numbers(text, UNITS)
    assert [text[s:e] for s, e in zip(found["start"], found["end"])] == found["text"].tolist()
    # "within a week" is at most a week (tests/keys/README.md: "within" is at_most; ARTICLE_HEDGE_KEPT since session 6)
    assert found["text"].tolist() == ["some 6,000 bodies", "within a week"]


@pytest.fixture(scope="module")
def seed_numbers_articles():
    return build_tables(paths.DEFAULT_CORPUS_DIR)["articles"]


@pytest.fixture(scope="module")
def seed_numbers():
    tables = build_tables(paths.DEFAULT_CORPUS_DIR)
    return numbers_tables(tables["sentences"], tables["articles"], load_number_codebooks(paths.DEFAULT_CORPUS_DIR))


def test_facts_line_up_the_same_figure_across_sources(seed_numbers, seed_numbers_articles):
    summary = seed_numbers["fact_summary"].set_index("fact_id")
    facts = seed_numbers["facts"]
    assert summary.loc["bodies", "n_reporting"] == 5 and summary.loc["bodies", "scope_conflict"]
    assert not summary.loc["talks-duration", "intervals_overlap"]  # 'just over an hour' vs 'roughly 90-minute'
    assert summary.loc["talks-duration", "difference"] == "outlets"  # same claim, same day, different figures
    # news value: figures about people (bodies, prisoners, children) lead; bare counts never headline
    assert summary.index[0] == "bodies" and summary.loc["bodies", "rank"] == 1
    assert not summary.loc["count|region", "headline_ok"]
    # truce offers are split by the side that makes them; the earlier 1,000-for-1,000 swap is its own fact
    assert {"ceasefire-length|russia", "ceasefire-length|ukraine", "prisoners|earlier"} <= set(summary.index)
    said = set(facts.loc[facts["fact_id"] == "talks-duration", "article_id"])  # silence: every other article
    silent = seed_numbers_articles.loc[~seed_numbers_articles["article_id"].isin(said), "source"].tolist()
    assert silent == ["A003"] and facts["reported"].all()
    # the corpus's facts.csv splits the interviewee's age from the prisoners' age limits
    assert "age-of-people-interviewed" in summary.index and "prisoner-age-limit" in summary.index


def test_fact_overrides_rename_merge_split_and_drop():
    mentions = pd.DataFrame({
        "article_id": ["a", "b", "c", "a"], "fact_id": ["x", "y", "x", "z"], "fact_label": ["X", "Y", "X", "Z"],
        "sentence": ["one thing", "another", "special case", "noise"],
    })
    overrides = pd.DataFrame({
        "fact_id": ["x", "x", "y", "z"], "new_fact_id": ["x-special", "merged", "merged", "drop"],
        "label": ["special", "Merged", "Merged", ""], "article_id": ["", "", "", ""], "text_contains": ["special", "", "", ""],
    })
    out = apply_fact_overrides(mentions, overrides)
    assert out["fact_id"].tolist() == ["merged", "merged", "x-special"]
    assert out["fact_label"].tolist() == ["Merged", "Merged", "special"]


def test_facts_line_up_on_corpora_about_other_events():
    from conftest import CORPORA

    fire = build_tables(CORPORA / "harbour-fire-html")
    out = numbers_tables(fire["sentences"], fire["articles"], load_number_codebooks(CORPORA / "harbour-fire-html"))
    summary = out["fact_summary"].set_index("fact_id")
    # "burned for about 14 hours" vs "burned for 12 hours": one fact, and the sources disagree
    assert summary.loc["duration|burned", "n_reporting"] == 2 and not summary.loc["duration|burned", "intervals_overlap"]
    assert summary.loc["count|firefighter", "n_reporting"] == 2  # "120 firefighters were deployed", "80 firefighters fought"
    injured = out["numbers"].set_index("text").loc["Two firefighters", "quantity"]
    assert injured == "injured"  # "treated for smoke inhalation" is not the number deployed

    quake = build_tables(CORPORA / "quake-jsonl")
    out = numbers_tables(quake["sentences"], quake["articles"], load_number_codebooks(CORPORA / "quake-jsonl"))
    numbers = out["numbers"]
    killed = numbers[numbers["fact_id"] == "killed"]
    # a magnitude is not a death toll; headlines are read too ("…, at least 12 dead", "Death toll … rises to 15")
    assert sorted(killed["text"]) == ["14 people", "15", "15", "at least 12", "at least 12 people"]
    assert set(killed["role"]) == {"headline", "body"}
    assert set(numbers.loc[numbers["quantity"] == "magnitude", "value_low"]) == {6.1}
    assert numbers.set_index("text").loc["67", "kind"] == "age"  # "Ana Petrova, 67, whose house…"


def _rule_rows():
    rows = pd.read_csv(KEYS.parent / "number_rules.csv", comment="#", keep_default_na=False)
    for col in ("value_low", "value_high"):
        rows[col] = pd.to_numeric(rows[col])
    return rows


@pytest.mark.parametrize("row", _rule_rows().to_dict("records"), ids=lambda r: f"{r['rule']}: {r['text']}")
def test_each_rule_gives_its_example(row):
    """Each row: the LAST mention the named rule finds in the text must have these values (tests/number_rules.csv)."""
    found = extract_numbers(row["text"], UNITS)
    own = found[found["rule"] == row["rule"]]
    assert len(own), found
    got = own.iloc[-1]
    for col in ("value_low", "value_high"):
        e, g = row[col], got[col]
        assert (math.isnan(e) and math.isnan(g)) or abs(e - g) <= 1e-4 * max(1, abs(e)), (col, got.to_dict())
    assert (got["unit"], got["hedge"], got["kind"], got["direction"]) == (row["unit"], row["hedge"], row["kind"], row["direction"]), got.to_dict()


def test_every_rule_has_example_rows():
    from helpers.number_rules import RULES

    assert {r.name for r in RULES} == set(_rule_rows()["rule"])


# Levels measured when these tests were written (asserted at that level, never below). Development keys: the rules
# were fixed on their misses (general rules only). The held-out parts were scored once, at the end.
SENTENCE_KEY_LEVELS = {
    # precision 0.991 -> 0.998 and value F1 0.987 -> 0.9889 after the NewsQuant development rules (name numbers, addresses)
    # session 6: value 0.993 -> 0.995, hedge 0.995 -> 0.997, value F1 0.988 -> 0.991 ('waited over a year', ARTICLE_HEDGE_KEPT)
    "news_quantities": {"precision": 0.997, "recall": 0.993, "value_accuracy": 0.995, "hedge_accuracy": 0.997, "value_f1": 0.991},
    # held out: first contact P 0.988, R 0.973, value 0.980, hedge 0.988, value F1 0.961 (quantulum3: F1 0.678); five
    # of its misses were then fixed as general rules (lakh crore, glued inches, 2.01m, 4 hours 12 minutes, 12th-ranked)
    "news_quantities_heldout": {"precision": 0.99, "recall": 0.984, "value_accuracy": 0.99, "hedge_accuracy": 0.988,
                                "value_f1": 0.98},
}
EVENT_KEY_LEVELS = {  # key file: recall, value accuracy, hedge accuracy, furniture rows that came out as mentions
    # Session 16 (numbers16: unlisted currency codes, ages by decade, places in a table, floor ordinals, years and times
    # bounded by "at least" and "before", clock times with their part of the day), before -> after: budget value / hedge
    # 0.988 / 0.988 -> 0.992 / 0.992, plant value / hedge 0.988 / 0.994 -> 0.994 / 1.000, runway recall 0.994 -> 1.000,
    # tower fire recall 0.983 -> 1.000 (levels floored at 3 decimals).
    # Session 15 (numbers15: race times and distances, a bare number answering a duration, "barely", hedges after a
    # figure, "half their value"), recall / value / hedge before -> after: strike dev value -> 1.000 (level 0.99),
    # crowd crush value 0.981 -> 0.987, heatwave recall / value 0.982 / 0.970 -> 0.988 / 0.976, ice storm recall 0.994
    # -> 1.000, market recall 0.994 -> 1.000, plant recall / value / hedge 0.988 / 0.982 / 0.988 -> 0.994 / 0.988 /
    # 0.994, ransomware value / hedge 0.994 / 0.994 -> 1.000 / 1.000 (levels floored at 3 decimals).
    # Session 4: all seven events below are spent (development data); their misses were read and general rules written
    # (a range with the unit after each figure, "between 12 hours and five days", a forecast of two close figures,
    # hedged fractions, "exceed", "plus or minus", "six-and-a-half-year", "two more years", "the second-largest"), each
    # checked on the other events. Before -> after (recall / value / hedge): quake dev
    # 0.991/0.991/0.991 -> 0.991/1.000/1.000, strike dev value 0.971 -> 0.981, quake 1.000/0.967/0.967 -> 1.000/1.000/
    # 1.000, verdict 1.000/0.966/0.966 -> 1.000/1.000/1.000, election 0.986/0.993/1.000 -> 0.993/1.000/1.000, wildfire
    # 0.992/0.992/0.992 -> 1.000/1.000/1.000, market 0.987/0.974/0.968 -> 0.993/0.980/0.980, outbreak 1.000/0.978/0.978
    # -> 1.000/0.993/0.993; verdict dev and strike held-out unchanged.
    "quake-valdora_numbers": (0.99, 1.00, 1.00, 0), "strike-norland_numbers": (1.00, 1.00, 1.00, 0),
    "verdict-halberg_numbers": (0.989, 0.989, 0.989, 0),
    # held out (one article per event), scored once after the rules were frozen (spent since session 4)
    "quake-valdora_numbers_heldout": (1.00, 1.00, 1.00, 0), "strike-norland_numbers_heldout": (1.00, 0.972, 1.00, 0),
    "verdict-halberg_numbers_heldout": (1.00, 1.00, 1.00, 0),
    # two whole events written in session 2 by an annotator who never ran the code, all five articles held out,
    # scored once after every session-2 rule was merged (main before session 2: recall 0.993 / 0.992, value 0.986 / 0.984)
    "election-varenia_numbers_heldout": (0.993, 1.00, 1.00, 0), "wildfire-cabrel_numbers_heldout": (1.00, 1.00, 1.00, 4),
    # two more whole events written in session 3 by annotators who never ran the code, scored once after every
    # session-3 merge (furniture rows that came out as mentions: at most 4 of 32 and 4 of 27)
    "market-crash-ardesia_numbers_heldout": (0.993, 0.987, 0.987, 4), "outbreak-kavrin_numbers_heldout": (1.00, 0.992, 0.992, 4),
    # two whole events written in session 4, development data since session 5 (first contact: recall 1.00 / 0.994, value
    # 0.977 / 0.988, hedge 0.989 / 0.988). Session 6 (each class checked leave-one-event-out, see NEWSQUANT.md): market
    # value and hedge 0.980 -> 0.987 ('within an hour'), shelling value 0.977 -> 0.982 and ice storm value 0.994 -> 1.00
    # (nights are counted: 'two night watchmen', 'spent two nights').
    # Session 10 (numbers10): shelling value / hedge 0.982 / 0.988 -> 0.988 / 0.994 ("maybe", "possibly", "nearer" are
    # hedges of about); furniture leaked now at most 4 of wildfire's rows (was 5) and none of quake's held-out row (was 1).
    "shelling-tolvany_numbers_heldout": (1.00, 0.988, 0.994, 4), "ice-storm-haldmark_numbers_heldout": (1.00, 1.00, 0.993, 4),
    # Session 10 (numbers10): the twelve whole events of sessions 5 to 8, development data now, asserted here at their
    # current level (their first-contact levels stay in tests/test_heldout_session5..8.py). Before -> after (recall /
    # value / hedge): budget 0.984/0.971/0.975 -> 0.992/0.988/0.988 (from A to B of two marked figures is two levels,
    # a tenth of a point), crowd crush value/hedge 0.974/0.987 -> 0.981/1.000 (never more than = at most), derailment
    # value/hedge 0.988/0.983 -> 0.994/0.994, heatwave value/hedge 0.941/0.970 -> 0.970/0.988 (dashed clock spans,
    # spoken times, never below = at least, a tenth of a degree), mine value/hedge 0.989/0.994 -> 1.000/1.000 (a quarter
    # past three, a shared scale in "1.5 to 2 million tonnes"), prison value/hedge 0.961/0.972 -> 0.978/0.978 ("two
    # hundred and twelve", "39 and a half hours"), ransomware value/hedge 0.987/0.981 -> 0.994/0.994, runway hedge
    # 0.994 -> 1.000, shipwreck hedge 0.983 -> 1.000, tower fire value 0.983 -> 0.988; abduction and plant unchanged.
    "abduction-karsa_numbers_heldout": (0.993, 0.986, 0.986, 4), "budget-ostria_numbers_heldout": (0.991, 0.991, 0.991, 4),
    "crowd-crush-selvana_numbers_heldout": (0.993, 0.987, 1.00, 8), "derailment-osterby_numbers_heldout": (0.988, 0.994, 0.994, 3),
    "heatwave-corvena_numbers_heldout": (0.988, 0.976, 0.988, 3), "mine-collapse-brevik_numbers_heldout": (0.983, 1.00, 1.00, 4),
    "plant-closure-dornbach_numbers_heldout": (0.993, 0.993, 1.00, 1), "prison-riot-halvik_numbers_heldout": (0.957, 0.977, 0.977, 2),
    "ransomware-lenmark_numbers_heldout": (1.00, 1.00, 1.00, 3), "runway-overrun-orlend_numbers_heldout": (1.00, 1.00, 1.00, 4),
    "shipwreck-calvera_numbers_heldout": (0.994, 1.00, 1.00, 4), "tower-fire-quellen_numbers_heldout": (1.00, 0.988, 0.988, 0),
}


@pytest.mark.parametrize("stem", sorted(SENTENCE_KEY_LEVELS))
def test_news_sentence_key(stem, accuracy):
    from helpers.evaluation import read_sentence_key, score_on_sentences

    key, text = read_sentence_key(KEYS, stem)
    assert (key["start"] >= 0).all()
    ours = score_on_sentences(lambda t: extract_numbers(t, UNITS), key, text)
    peer = score_on_sentences(quantulum_mentions, key, text)
    accuracy[f"numbers, {stem} (ours)"] = ours
    accuracy[f"numbers, {stem} (quantulum3)"] = peer
    for name, level in SENTENCE_KEY_LEVELS[stem].items():
        assert ours[name] >= level, (name, ours)
    assert ours["value_f1"] > peer["value_f1"]


@pytest.mark.parametrize("stem", sorted(EVENT_KEY_LEVELS))
def test_event_keys(stem, accuracy):
    from conftest import CORPORA
    from helpers.evaluation import score_event_key

    key = pd.read_csv(KEYS / f"{stem}.csv", comment="#", keep_default_na=False)
    ours = score_event_key(CORPORA / stem.split("_")[0], key, UNITS)
    accuracy[f"numbers, {stem} event key"] = ours
    recall, value, hedge, leaked = EVENT_KEY_LEVELS[stem]
    assert ours["recall"] >= recall and ours["value_accuracy"] >= value and ours["hedge_accuracy"] >= hedge, ours
    assert ours["furniture_leaked"] <= leaked, ours


def test_a_value_scaled_or_a_sign_dropped_fails_the_key():
    """The keys can fail: the same scoring on a copy of our output with one value ×1000 or one sign dropped is lower."""
    from helpers.evaluation import match_mentions, read_sentence_key, score

    key, text = read_sentence_key(KEYS, "news_quantities")
    got = pd.concat([extract_numbers(t, UNITS).assign(id=i) for i, t in text.items()], ignore_index=True)
    base = score(match_mentions(key, got, ["id"]))["value_accuracy"]
    negative = got.index[got["value_low"] < 0][0]
    for broken in (got.assign(value_low=got["value_low"] * 1000, value_high=got["value_high"] * 1000),
                   got.assign(value_low=got["value_low"].where(got.index != negative, -got["value_low"]),
                              value_high=got["value_high"].where(got.index != negative, -got["value_high"]))):
        assert score(match_mentions(key, broken, ["id"]))["value_accuracy"] < base


@pytest.mark.parametrize("text", ["Tram lines 3 and 7 are diverted.", "Flight 302 landed safely.", "Highway 1 was blocked.",
                                  "Lines 2, 4 and 6 were closed.", "He was moved to ward 7."])
def test_names_of_lines_flights_and_roads_are_not_figures(text):
    """A number naming a line, flight, road or ward is an identifier (lexicon LABEL_WORDS), never a count."""
    assert extract_numbers(text).empty


@pytest.mark.parametrize("text,value", [("Only 3 lines were running.", 3), ("Police formed a line 3 metres from the gate.", 3),
                                        ("The line was 300 metres long.", 300)])
def test_a_figure_counting_lines_or_measuring_along_one_is_still_a_figure(text, value):
    assert extract_numbers(text)["value_low"].tolist() == [value]


@pytest.mark.parametrize("text,kind,direction", [("City sets up 2 million euro fund for families", "money", ""),
                                                 ("Volunteers put up 40 tents.", "count", ""),
                                                 ("Shares were up 5% on Monday.", "change", "up"),
                                                 ("Prices ended up 3% higher.", "change", "up")])
def test_the_particle_up_of_a_phrasal_verb_is_no_rise(text, kind, direction):
    """'sets up a fund', 'put up tents': `up` is a particle (lexicon PHRASAL_UP), not a change; 'up 5%' is one."""
    found = extract_numbers(text).iloc[0]
    assert (found["kind"], found["direction"]) == (kind, direction)


def test_a_telephone_number_is_never_a_figure_of_the_story():
    from helpers.numbers import is_furniture, number_records

    text = "Parents can call the helpline on 0800 200 300 or the ministry on +44 20 7946 0000 after 212 cases."
    kept = [r["text"] for r in number_records(text) if not is_furniture(r, "body", text)]
    assert kept == ["212 cases"]
    plain = "The toll rose from 12 to 14 on Tuesday, and 0.5 mg per litre was found in 2019."
    assert all(not is_furniture(r, "body", plain) for r in number_records(plain))


@pytest.mark.parametrize(
    "text, expected",
    [
        # money raised from investors or donors is an amount, not a rise (`number_lexicon.FUNDS_RAISED`)
        ("The start-up raised $250m in a funding round led by pension funds.", [("$250m", "money", "")]),
        ("The developer has only raised 280 million of the 1.5 billion shekels it needs.",
         [("280 million", "count", ""), ("1.5 billion shekels", "money", "")]),
        ("The club hopes to raise another £2m before the season starts.", [("£2m", "money", "")]),
        # a price raised by an amount, or raised in the passive, is still a rise
        ("The utility raised prices by $5 a month.", [("$5", "change", "up")]),
        ("Bus fares were raised 20p on Monday.", [("20p", "change", "up")]),
    ],
)
def test_money_raised_is_an_amount_not_a_rise(text, expected):
    from helpers.numbers import number_records

    got = [(r["text"], r["kind"], r["direction"]) for r in number_records(text, UNITS)]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name's hyphen loosened by a space keeps the number in the name (`number_rules._NAME_HYPHEN_SPACED`)
        ("The firm procured thousands of COVID -19 tests from a local company.", ["thousands"]),
        ("The air force grounded its F -16 jets after the crash.", []),
        # a minus sign after a word that is no name, or a printed minus, is still a figure
        ("Temperatures fell to -19 overnight.", ["-19"]),
        ("Oslo recorded −12C on Monday.", ["−12C"]),
    ],
)
def test_a_number_in_a_name_loosened_by_a_space_is_no_figure(text, expected):
    from helpers.numbers import number_records

    assert [r["text"] for r in number_records(text, UNITS)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare number answering a duration takes its unit (`numbers.DURATION_CARRY_RULES`), pensions, health, courts,
        # transport, infrastructure, sport
        ("A manual worker would pay in for 46 years, against 41 for a graduate.", ("41", 41 * 8766, "duration")),
        ("Ambulances took an average of 41 minutes to arrive, against a target of 15.", ("15", 0.25, "duration")),
        ("Trains will run every 20 minutes, up from 30.", ("30", 0.5, "duration")),
        ("The reform extends the presidential term from five years to seven.", ("seven", 7 * 8766, "duration")),
        ("The review takes 25 working days, and up to 90 more if an inquiry opens.", ("up to 90", 90 * 24, "duration")),
        ("Bridges are inspected every six years, where engineers recommend three.", ("three", 3 * 8766, "duration")),
        ("Police say the crush lasted about 15 minutes; the organisers, no more than eight.",
         ("no more than eight", 8 / 60, "duration")),
        # a number with a noun of its own, or in another clause's count, stays a count
        ("The storm lasted 20 hours, against 30 people injured.", ("30 people", 30, "count")),
        ("He was jailed for five years, and 3 others were freed.", ("3 others", 3, "count")),
        ("The branch served about 2,600 customers in a day, against some 400 on a normal Monday.",
         ("some 400", 400, "count")),
    ],
)
def test_a_bare_number_answering_a_duration_is_a_duration(text, expected):
    from helpers.numbers import number_records

    got = [(r["text"], r["value_high"], r["kind"]) for r in number_records(text, UNITS)][-1]
    assert got[0] == expected[0] and got[2] == expected[2] and abs(got[1] - expected[1]) <= 1e-6 * max(1, expected[1])


@pytest.mark.parametrize(
    "text, expected",
    [
        # "barely", "scarcely", "hardly" before a figure are hedges of about (policing, ports, elections, energy)
        ("The union says barely 300 of the new officers are recruits.", ("barely 300", "about")),
        ("The ferry carried scarcely 200 passengers on its last run.", ("scarcely 200 passengers", "about")),
        ("Turnout was barely 40% in the capital.", ("barely 40%", "about")),
        ("The real policy rate is barely 0.2%.", ("barely 0.2%", "about")),
        # "a third last year" is a fraction before a time word, no ordinal "third last"
        ("My diesel bill went up by a third last year.", ("a third", "exact")),
    ],
)
def test_barely_is_a_hedge_and_a_third_before_last_a_fraction(text, expected):
    from helpers.numbers import number_records

    assert [(r["text"], r["hedge"]) for r in number_records(text, UNITS)][-1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a year before "to N%" is a year, and the figure after it is read afresh ("for 2027 to 0.5%-1.0%": a range)
        ("The bank cut its growth forecast for 2027 to 0.5%-1.0% from 2.1%.",
         [("2027", "year"), ("0.5%-1.0%", "percent"), ("2.1%", "percent")]),
        ("The insurer lowered its margin target for 2026 to 4% on Monday.", [("2026", "year"), ("4%", "percent")]),
        # the particle of a hyphenated noun is no verb of change: "the clean-up at €40m to €60m" is a range
        ("Officials estimate the clean-up at €40m to €60m.", [("€40m to €60m", "money")]),
        ("Analysts put the build-up of stocks at 2 to 3 million tonnes.", [("2 to 3 million tonnes", "measure")]),
        # a verb of change before the pair still gives two levels
        ("Costs rose from €40m to €60m.", [("€40m", "money"), ("€60m", "money")]),
    ],
)
def test_a_year_or_a_hyphenated_particle_is_no_part_of_a_pair(text, expected):
    from helpers.numbers import number_records

    assert [(r["text"], r["kind"]) for r in number_records(text, UNITS)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # hedges written after the figure (`number_lexicon.HEDGES_AFTER`): IT, labour, markets, transport
        ("Staff were told recovery could take three weeks, maybe more.", ("three weeks, maybe more", "at_least")),
        ("More than half have worked at the plant for 20 years or longer.", ("20 years or longer", "at_least")),
        ("The repairs will close the line for ten days at most.", ("ten days at most", "at_most")),
        ("The club needs 20 points at least, the coach said.", ("20 points at least", "at_least")),
        # "at least" that starts the next figure's words, or "or more than" after a comma, is not this figure's
        ("It took 5 hours, at least 3 of them in the rain.", ("at least 3", "at_least")),
        ("The index lost 312 points, or more than 2%.", ("more than 2%", "more_than")),
    ],
)
def test_hedges_written_after_the_figure(text, expected):
    from helpers.numbers import number_records

    assert [(r["text"], r["hedge"]) for r in number_records(text, UNITS)][-1] == expected


@pytest.mark.parametrize("text,value", [("19 buses left for the capital before 7 a.m.", 700),
                                        ("Hauliers tried to deliver goods before June 1, the agency said.", 601),
                                        ('No alarm had been raised "before 12:33", he said.', 1233),
                                        ("Polls close before 9 p.m. in most districts.", 2100)])
def test_before_a_clock_time_or_a_date_is_an_upper_bound(text, value):
    """'before 7 a.m.', 'before June 1': less than the time or date (numbers.apply_time_bound, session 16); "the day
    before June 1" and "will not reopen before 8 a.m." keep the time or date exact."""
    found = extract_numbers(text, UNITS)
    row = found[found["kind"].isin(["time", "date"])].iloc[-1]
    assert (row["hedge"], row["value_high"]) == ("less_than", value) and math.isnan(row["value_low"])


@pytest.mark.parametrize("text", ["They met the day before June 1.", "The port will not reopen before 8 a.m. on Wednesday."])
def test_before_naming_another_day_or_negated_stays_exact(text):
    row = extract_numbers(text, UNITS).iloc[-1]
    assert row["hedge"] == "exact"


@pytest.mark.parametrize("text,first,unit", [("Engineers had shored up the 22nd and 23rd floors.", 22, "floor"),
                                             ("Residents were rescued from the ninth to the 15th floors.", 9, "floor"),
                                             ("The bill passed its second and third readings on Tuesday.", 2, "reading")])
def test_the_first_of_two_ordinals_numbers_the_noun_of_the_second(text, first, unit):
    """'the 22nd and 23rd floors': the first ordinal takes the noun after the second (rule ordinal_pair, session 16)."""
    found = extract_numbers(text, UNITS)
    row = found[found["kind"] == "ordinal"].iloc[0]
    assert (row["value_low"], row["unit"]) == (first, unit), found

