"""Session 12 (numbers12): leftover classes of numbers and facts, each with varied invented sentences (never press
text)."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import paths
from helpers.codebooks import load_actors, load_units
from helpers.facts import classify_mention, number_mentions
from helpers.numbers import CARRY_UNIT_RULES, number_records
from helpers.quantities import context_of, load_quantity_codebook

UNITS = load_units(paths.codebook_path("units.csv"))
BOOK = load_quantity_codebook()
ACTORS = load_actors(paths.codebook_path("actors.csv"))


def _records(sentence: str) -> dict[str, dict]:
    return {r["text"]: r for r in number_records(sentence, UNITS)}


def _quantities(sentence: str) -> dict[str, str]:
    return {r["text"]: classify_mention(r, sentence, BOOK)["quantity"] for r in number_records(sentence, UNITS)}


def _mentions(sentence: str) -> pd.DataFrame:
    """The fact step's rows for one sentence of an article published in 2026."""
    rows = [{"article_id": "a", "block_no": 1, "sentence_no": 0, "role": "body", "text": sentence, "start": 0,
             "published_at": pd.Timestamp("2026-05-01", tz="UTC")}]
    return number_mentions(pd.DataFrame(rows), UNITS, BOOK, ACTORS).set_index("text")


# a. An amount whose currency is said before it in the sentence ("or about 35 million in today's money", "against 2.9
# billion a year earlier") is money in that currency, not a bare count (numbers.CARRY_UNIT_RULES); a year naming an
# earlier event ("the 2009 flood cost insurers", "the 2016 floods") is a year, not a count of floods.
@pytest.mark.parametrize("sentence, text, kind, unit", [
    ("The 2009 flood cost insurers about 29 million euros, or about 35 million in today's money.", "about 35 million",
     "money", "EUR"),
    ("The stadium cost $120 million when it opened, roughly 690 million in today's prices.", "roughly 690 million",
     "money", "USD"),
    ("The retailer's sales reached £3.2bn, against 2.9 billion a year earlier.", "2.9 billion", "money", "GBP"),
    ("The transfer fee was €85m, or 20 million more than the club had ever paid.", "20 million", "money", "EUR"),
    ("Turnout was 61.4%, lower than the 64 recorded at the last general election.", "64", "percent", "percent"),
    ("The central bank raised its main rate to 4.5%, up from 4.25.", "4.25", "percent", "percent"),
])
def test_an_amount_or_share_pointing_back_takes_its_currency_or_unit(sentence, text, kind, unit):
    got = _records(sentence)[text]
    assert (got["kind"], got["unit"]) == (kind, unit), got


@pytest.mark.parametrize("sentence, text", [
    ("Shares rose 4% in early trading, and 3 million were traded before noon.", "3 million"),
    ("The deal is worth $2bn; 1.5 million were sold in the first week.", "1.5 million"),
    # a share compared with a scaled count: a share is never millions (coordinator, found when the branches merged)
    ("She said 5.2 million customers, nine in ten of the total, were cut off, against the 4.6 million the operator "
     "reported.", "4.6 million"),
    ("Turnout fell to 58%, down from the 2.3 million who voted in 2019.", "2.3 million"),
])
def test_a_bare_figure_that_does_not_point_back_stays_a_count(sentence, text):
    assert _records(sentence)[text]["kind"] == "count"


@pytest.mark.parametrize("sentence, year", [
    ("The 2009 flood cost insurers about 29 million euros.", "2009"),
    ("The 2016 floods, which swept through the valley, left 31 people dead.", "2016"),
    ("Its 2011 earthquake destroyed the old town hall.", "2011"),
])
def test_a_year_naming_an_earlier_event_is_a_year(sentence, year):
    assert _records(sentence)[year]["kind"] == "year", _records(sentence)


def test_every_carry_rule_reads_its_own_example():
    for example in CARRY_UNIT_RULES["example"]:
        last = number_records(example, UNITS)[-1]
        assert last["kind"] in ("money", "percent") and last["unit"], (example, last)


# b. A bare figure after a comparison that points back ("lower than the 450 the company had given") counts what the
# figure it is compared with counts: counts take its noun and quantity in the fact step, money and shares its unit.
@pytest.mark.parametrize("sentence, first, second", [
    ("The firm now says 380 jobs will go, lower than the 450 the company had given earlier.", "380 jobs", "450"),
    ("Police now say 12 people died, fewer than the 15 they gave on Monday.", "12 people", "15"),
    ("The city counted 4,100 homeless residents, up from the 3,600 it found last winter.", "4,100 homeless residents",
     "3,600"),
])
def test_a_bare_count_compared_with_a_figure_counts_the_same_thing(sentence, first, second):
    rows = _mentions(sentence)
    assert rows.loc[second, "quantity"] == rows.loc[first, "quantity"], rows[["quantity", "fact_id"]]
    assert rows.loc[second, "fact_id"].split("|")[0] == rows.loc[first, "fact_id"].split("|")[0]


# c. A relative clause between an earlier event and its figure keeps the figure earlier.
@pytest.mark.parametrize("sentence, text", [
    ("The 2014 storm, which left thousands without power, killed 12 people.", "12 people"),
    ("The 2011 earthquake, which struck off the coast shortly after dawn, killed 240 people.", "240 people"),
    ("A 2019 fire at the plant, which burned for two days, injured nine workers.", "nine workers"),
    ("The 2016 floods, which swept through the valley after heavy rain, left 31 people dead.", "31 people"),
])
def test_a_relative_clause_between_an_earlier_event_and_its_figure(sentence, text):
    assert _mentions(sentence).loc[text, "time_ref"] == "earlier"


# d. People in hospital in an illness story are a count of patients (the keys' `hospitalised`, quantity `count`), even
# when the illness stands in another clause (cue `count_ill_in_hospital_sentence`); in hospital after harm is injured.
@pytest.mark.parametrize("sentence, text", [
    ("Eleven people are in hospital, health officials said, after an outbreak of cholera in the old town.",
     "Eleven people"),
    ("Nine children were hospitalised on Tuesday, and doctors suspect food poisoning at the school canteen.",
     "Nine children"),
    ("Thirty-one people remain in hospital, the ministry said, as the measles outbreak spread to the coast.",
     "Thirty-one people"),
    ("Eleven people are in hospital with cholera, and 40 more have been treated since Monday.", "40"),
])
def test_people_in_hospital_in_an_illness_story_are_a_count(sentence, text):
    assert _quantities(sentence)[text] == "count", _quantities(sentence)


@pytest.mark.parametrize("sentence, text", [
    ("Fourteen people were in hospital after the crash, two of them with serious injuries.", "Fourteen people"),
    ("Twelve people were in hospital after the storm.", "Twelve people"),
    ("The virus scare closed the school, but the 23 pupils hurt in the stampede are in hospital.", "23 pupils"),
])
def test_people_in_hospital_after_harm_stay_injured(sentence, text):
    assert _quantities(sentence)[text] == "injured", _quantities(sentence)


# e. A figure scoped to a period ("so far this year", "since the start of the year", "this year's toll") is marked
# (context cue `period_total`, detail `period_total`), so it is never one fact with the event's own toll.
@pytest.mark.parametrize("sentence, text", [
    ("The agency says 1,400 people have died crossing the sea so far this year.", "1,400 people"),
    ("Police have arrested 312 people since the start of the year.", "312 people"),
    ("So far this year, 86 climbers have been rescued on the mountain.", "86 climbers"),
    ("The storm brought this year's toll from extreme weather to 212.", "212"),
])
def test_a_figure_scoped_to_a_period_is_marked(sentence, text):
    rows = _mentions(sentence)
    assert "period-total" in rows.loc[text, "fact_id"].split("|"), rows[["quantity", "fact_id"]]


@pytest.mark.parametrize("sentence, text", [
    ("At least 45 people died in the storm, bringing this year's toll to 212.", "At least 45 people"),
    ("The fire killed 12 people on Monday.", "12 people"),
    ("Twelve people have died since Monday, the ministry said.", "Twelve people"),
])
def test_the_events_own_figure_is_not_a_period_total(sentence, text):
    assert "period-total" not in _mentions(sentence).loc[text, "fact_id"]


def test_the_period_total_cue_reads_its_example():
    example = "The agency says 1,400 people have died crossing the sea so far this year."
    rec = number_records(example, UNITS)[0]
    assert context_of({**rec, **classify_mention(rec, example, BOOK)}, example, BOOK, 2026)["detail"] == "period_total"


# f. An ordinal toll ("A third person has died", "the fifth victim") is kind ordinal, quantity other, a fact of its own
# (tests/keys/README.md, "Ordinals"): never the toll's fact.
@pytest.mark.parametrize("sentence, text, toll", [
    ("A third person has died, police said, bringing the toll to 14.", "third person", "14"),
    ("The fifth victim, a man of 40, died in hospital, the ministry said, raising the number of dead to five.",
     "fifth victim", "five"),
])
def test_an_ordinal_toll_is_a_fact_of_its_own(sentence, text, toll):
    rows = _mentions(sentence)
    assert (rows.loc[text, "kind"], rows.loc[text, "quantity"]) == ("ordinal", "other")
    assert rows.loc[toll, "quantity"] == "killed" and rows.loc[text, "fact_id"] != rows.loc[toll, "fact_id"]


# 2. Classes of news numbers the development keys still missed (number_rules `ratio_with_noun`, `every_nth`; working,
# business, trading and school days as durations), in sentences of several beats (finance, sport, science, weather,
# crime, politics).
@pytest.mark.parametrize("sentence, text, low, high, unit, hedge", [
    # one of a noun in N, every Nth (politics, sport, finance, science, crime)
    ("Only one voter in four turned out in the by-election.", "one voter in four", 25, 25, "percent", "exact"),
    ("The club has won just one match in ten this season.", "one match in ten", 10, 10, "percent", "exact"),
    ("Roughly one sample in 20 showed traces of the compound.", "Roughly one sample in 20", 5, 5, "percent", "about"),
    ("Every fifth loan in the portfolio is in arrears, the regulator said.", "Every fifth loan", 20, 20, "percent",
     "exact"),
    ("Police say every third burglary in the district goes unreported.", "every third burglary", 33.3333, 33.3333,
     "percent", "exact"),
    # working, business and trading days (politics, finance, weather)
    ("The regulator has 25 working days to rule on the merger.", "25 working days", 600, 600, "hour", "exact"),
    ("Refunds are paid within ten business days.", "within ten business days", None, 240, "hour", "at_most"),
    ("The index fell for five trading days in a row.", "five trading days", 120, 120, "hour", "exact"),
    ("Schools lost three school days to the snow.", "three school days", 72, 72, "hour", "exact"),
])
def test_news_number_classes_the_keys_still_missed(sentence, text, low, high, unit, hedge):
    got = _records(sentence)
    assert text in got, got
    row = got[text]
    for want, value in ((low, row["value_low"]), (high, row["value_high"])):
        assert (want is None and value != value) or (want is not None and abs(value - want) < 1e-3), row
    assert (row["unit"], row["hedge"]) == (unit, hedge), row


@pytest.mark.parametrize("sentence", [
    "Every second counts, the coach said.",  # an idiom: no share
    "It rained every third day of the tour.",  # every Nth day is a rhythm, not a share
    "One man in the crowd was detained.",  # "one man in the crowd": no share
    "He found one body in two hours.",  # a time after "in": no share
])
def test_news_number_classes_leave_their_look_alikes(sentence):
    got = _records(sentence)
    assert all(r["rule"] not in ("every_nth", "ratio_with_noun") for r in got.values()), got
