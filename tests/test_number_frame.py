"""The fast paths of extraction give what the plain definitions give: the table built from typed columns, rules tried
only where a figure starts, phrases looked for from their words, gates testing substrings first."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from conftest import KEYS
from helpers import paths
from helpers.codebooks import load_units
from helpers.numbers import RECORD_COLUMNS, extract_numbers, number_records

UNITS = load_units(paths.codebook_path("units.csv"))


def _plain_frame(rows: list[dict]) -> pd.DataFrame:
    """The table the way extract_numbers built it before it was made cheap per call."""
    frame = pd.DataFrame({col: [r[col] for r in rows] for col in RECORD_COLUMNS}, columns=RECORD_COLUMNS)
    return frame.astype({"start": int, "end": int, "value_low": float, "value_high": float}) if not rows else frame


def _development_sentences() -> list[str]:
    """Sentences of the development keys, the rule examples and the test corpora and the default corpus (never a held-out key), plus edge
    cases."""
    texts = pd.read_csv(paths.PROJECT_ROOT / "tests" / "number_rules.csv", comment="#")["text"].tolist()
    for name in ("news_quantities_sentences.csv", "general_sentences.csv", "general2_sentences.csv"):
        texts += pd.read_csv(KEYS / name)["sentence"].tolist()
    corpora = sorted((paths.PROJECT_ROOT / "tests" / "corpora").glob("*/*.txt"))
    for article in corpora + sorted(paths.DEFAULT_CORPUS_DIR.glob("*.txt")):
        paragraphs = [p for p in article.read_text(encoding="utf-8").split("\n") if p.strip()]
        texts += paragraphs + ["\n".join(paragraphs)]  # paragraphs and a whole article
    return texts + ["", "No figures here.", "’ “3” — ünïcödé 40 km", "minus 4 °C and -3%", "\u0663\u0660 days"]


@pytest.mark.parametrize("units", [UNITS, None])
def test_extract_numbers_equals_a_plain_frame_of_its_records(units):
    texts = _development_sentences()
    assert len(texts) > 600 and sum(len(t) > 2000 for t in texts) > 5
    for text in texts:
        got = extract_numbers(text, units)
        pd.testing.assert_frame_equal(got, _plain_frame(number_records(text, units)), check_exact=True)
        assert list(got.columns) == RECORD_COLUMNS


def test_each_call_gives_its_own_table():
    first = extract_numbers("Nothing here.")
    first.loc[0, "start"] = 1  # a caller may write into its table; the next call's table is untouched
    assert extract_numbers("Nothing here.").empty
    a = extract_numbers("12 people")
    a.loc[0, "unit"] = "changed"
    a.columns.name = "renamed"
    assert extract_numbers("12 people").columns.name is None
    assert extract_numbers("12 people").loc[0, "unit"] == "person"


def test_rules_tried_only_where_a_figure_starts_find_what_a_full_scan_finds():
    """A rule with `starts` is tried only at START_PLACES: on every development text it finds the matches that scanning
    every position finds (same spans, same groups, same order)."""
    from helpers.number_lexicon import to_ascii_digits
    from helpers.number_rules import RULES, START_PLACES
    from helpers.numbers import matches_at

    texts = [to_ascii_digits(t) for t in _development_sentences()] + [
        "Between 3 and 5, from 10-12, minus 4, -3%, .75 per cent, twenty-one, F-16, 1,000, $5, oneself, tenant 7"]
    fast = [rule for rule in RULES if rule.starts]
    assert len(fast) >= 10
    for text in texts:
        for rule in fast:
            places = [m.start() for m in START_PLACES[rule.starts].finditer(text)]
            expected = [(m.span(), m.groups()) for m in rule.pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in matches_at(rule.pattern, text, places)] == expected, (rule.name, text)


def test_phrases_looked_for_from_their_words_are_found_as_a_full_search_finds_them():
    """Verbs of change, hedges, labels and indexes before a figure are looked for only where one of their words
    starts: for the text before every digit of every development text, the same match as searching every position."""
    from helpers import number_lexicon as lx
    from helpers import number_rules as nr

    checks = [(lx.CHANGE_BEFORE, lx.CHANGE_WORDS, 40), (lx.CHANGE_NOUN_BEFORE, lx.CHANGE_NOUN_WORDS, 40),
              (lx.CLAUSE_VERB, lx.CHANGE_WORDS, 80), (lx.HEDGE_RE, lx.HEDGE_WORDS, 40),
              (nr._LABEL_OR_INDEX_BEFORE, nr._LABEL_OR_INDEX_WORDS, 20)]
    texts = _development_sentences() + ["prices rose by ~5", "shares, up ~ 3", "it ROSE BY 4", "c. 40", "sub-7",
                                        "approx. 12", "Category 4", "the S&P 500", "hang seng 3"]
    windows = {t[max(0, i - 80):i] for t in texts for i, ch in enumerate(t) if ch.isdigit() and len(t) < 3000}
    assert len(windows) > 3000
    for pattern, words, width in checks:
        for window in windows:
            part = window[-width:]
            found, expected = lx.search_from_word(pattern, part, words), pattern.search(part)
            assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups())), \
                (pattern.pattern[:40], part)


def test_gates_tested_by_substrings_first_say_what_their_patterns_say():
    """The gates that test plain substrings before a pattern answer as the plain patterns do, on every development
    text and on texts made to hit each alternative."""
    from helpers import number_rules as nr

    codes = "|".join(rf"{c}(?<!\w{c})(?![a-z])" for c in nr._CURRENCY_CODES)
    plain = {
        nr._has_currency: [r"[$€£¥₹₴₽₩₺₦₱]|ps\d|y=", nr._CURRENCY_NAME_GATE.__self__.pattern, codes],
        nr._has_month_day: [rf"{nr._MONTHS3}[a-z]*\.?\s+\d", rf"\d(?:st|nd|rd|th)?\s+(?:of\s+)?{nr._MONTHS3}"],
        nr._has_ordinal: [r"\d(?:st|nd|rd|th)\s", rf"(?:{nr._ORDINAL_WORDS})(?:[\s,]|-(?:floor|storey|story))"],
        nr._has_clock_cue: [":", r"gmt|utc|bst|cet|local time|hrs", r"\dh"],
        nr._has_minor_currency: [r"pence|cent\b|cents", r"\dp\b"],
        nr._has_year_ahead: [r"\s2[1-9]\d\d"],
        nr._FRACTION_GATE: [r"half|halves|third|quarter|fourth|fifth|tenth"],
        nr._MULTIPLIER_GATE: [r"twice|doubl|tripl|trebl|quadrupl|halv|times|fold|\dx\s"],
        nr._VAGUE_GATE: [r"dozens|scores|hundreds|thousands|millions|billions"],
    }
    made = ["rm 5", "farm 5", "the usd rate", "5 may", "may 5", "maybe 5", "3rd\tplace", "fifth time", "at 10:30",
            "1400h", "80 cents", "per cent", "centre", "5p off", "by 2150", "in2150", "a 3x rise", "halved", "ps5",
            "ps 5", "y=5", "ranked", "scores of", "200000 krona", "a dollar", "kroner5", "the won fell", "a ninth-floor flat",
            "a second-hand car"]
    texts = [t.lower() for t in _development_sentences()] + made
    for gate, patterns in plain.items():
        compiled = [re.compile(p) for p in patterns]
        for text in texts:
            assert bool(gate(text)) == any(p.search(text) for p in compiled), (patterns[0][:30], text)


def test_one_scan_finds_every_kind_of_start_place():
    """`start_places` (one scan for both kinds) gives what each START_PLACES definition finds on every development text."""
    from helpers.number_lexicon import to_ascii_digits
    from helpers.number_rules import START_PLACES, start_places

    texts = [to_ascii_digits(t) for t in _development_sentences()] + [
        "Between 3 and 5, FROM 10-12, minus 4, -3%, .75 per cent, twenty-one, F-16, 1,000, $5, oneself, tenant 7, x-5 a.5",
        "Fifteen from between-4 −7\n-8 Nineteen"]
    for text in texts:
        assert start_places(text) == {k: [m.start() for m in p.finditer(text)] for k, p in START_PLACES.items()}, text


def test_alternatives_grouped_by_first_character_match_what_the_plain_group_matches():
    """The unit gates use the units' alternatives grouped by first character: on every development text and on each unit
    written after a digit, a space and a hyphen, the grouped pattern finds a unit exactly where the plain one does."""
    from helpers import number_lexicon as lx

    texts = [t.lower() for t in _development_sentences()]
    units = [u for u in lx.MEASURES if u.isascii()] + ["sq km", "square miles", "degrees f", "kilowatt hours", "megawatts"]
    texts += [f"{sep}{u}{end}" for u in units for sep in ("5", " ", "-") for end in ("", " x", "s")]
    for group in (lx.MEASURE_RE, lx.MEASURE_SPACED_RE):
        plain = re.compile(rf"[\d\s-]{group.lower()}(?![\w²])")
        grouped = re.compile(rf"[\d\s-]{lx.by_first_character(group).lower()}(?![\w²])")
        for text in texts:
            assert bool(plain.search(text)) == bool(grouped.search(text)), (text, group[:30])
    assert lx.by_first_character(r"(?:km|kg|(?:mega|giga)?watts?|\$a|m)") == r"(?:k(?:m|g)|m(?:egawatts?|)|g(?:igawatts?)|w(?:atts?)|\$(?:a))"


def test_a_rule_whose_gate_says_no_finds_nothing():
    """Gates only save time: on every development text, a rule whose gate is false would have found no mention there
    (its pattern run over the whole text, every match interpreted)."""
    from helpers.number_lexicon import to_ascii_digits
    from helpers.number_rules import RULES
    from helpers.numbers import _numbers_up_to_two

    for text in (to_ascii_digits(t) for t in _development_sentences()):
        lower = text.lower()
        numbers = _numbers_up_to_two(lower)
        for rule in RULES:
            if not rule.gate(lower, numbers):
                assert not any(rule.interpret(m, text, UNITS) for m in rule.pattern.finditer(text)), (rule.name, text)
