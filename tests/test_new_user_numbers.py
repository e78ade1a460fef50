"""Number and fact classes a new user's trial (session 11, an invented flood corpus) found wrong, each with sentences
written for this test (invented, never press text, never the user's own sentences alone): the verb phrase that governs a
number ("forcing N to flee"), levels and depths of water, flow rates, clock times that are no counts, ages beside
an object noun in a relative clause, short durations, and figures of an earlier event set against a current one."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import paths
from helpers.codebooks import load_units
from helpers.facts import classify_mention, describe, load_number_codebooks, number_mentions
from helpers.numbers import extract_numbers, number_records
from helpers.quantities import context_of, load_quantity_codebook

UNITS = load_units(paths.codebook_path("units.csv"))
BOOK = load_quantity_codebook()


def _quantities(sentence: str) -> dict[str, str]:
    return {r["text"]: classify_mention(r, sentence, BOOK)["quantity"] for r in number_records(sentence, UNITS)}


def _one(sentence: str, text: str) -> dict:
    rows = extract_numbers(sentence)
    found = rows[rows["text"] == text]
    assert len(found) == 1, rows[["text", "value_low", "unit", "kind"]].to_dict("records")
    return found.iloc[0].to_dict()


# 1. The verb phrase that governs a number wins over a cue word earlier in the sentence (quantity_cues
# `displaced_forced_to_flee`, `evacuated_forced_to_evacuate`).
@pytest.mark.parametrize("sentence, expected", [
    ("The storm hit the coast overnight, killing four people and forcing more than 2,000 to flee.",
     {"four people": "killed", "more than 2,000": "displaced"}),
    ("The blast killed two workers and forced 300 residents to leave their homes.",
     {"two workers": "killed", "300 residents": "displaced"}),
    ("The fighting, which killed 15, has driven some 40,000 people to abandon their homes.",
     {"15": "killed", "some 40,000 people": "displaced"}),
    ("The landslide buried a bus, killing 11, and forced about 500 villagers to evacuate.",
     {"11": "killed", "about 500 villagers": "evacuated"}),
    ("Rising water injured six and prompted 1,200 residents to be evacuated.",
     {"six": "injured", "1,200 residents": "evacuated"}),
])
def test_the_verb_phrase_governing_a_number_wins_over_an_earlier_cue(sentence, expected):
    got = _quantities(sentence)
    assert {t: got.get(t) for t in expected} == expected, got


# 2. A level, height or depth of water is its own quantity, never a distance from a place (quantities `water_level`,
# cues `water_level_*`, `water_depth`, `water_above_a_mark`); lengths of other things keep their quantities.
@pytest.mark.parametrize("sentence, expected", [
    ("The river peaked at 5.8 metres on Tuesday, 14 kilometres upstream of the town.",
     {"5.8 metres": "water_level", "14 kilometres": "distance"}),
    ("Gauges showed a level of 4.9 metres at the bridge.", {"4.9 metres": "water_level"}),
    ("Shops stood in water 1.4 metres deep.", {"1.4 metres": "water_level"}),
    ("Some streets were under 80 centimetres of floodwater by noon.", {"under 80 centimetres": "water_level"}),
    ("The lake has fallen to 2.3 metres since the spring.", {"2.3 metres": "water_level"}),
    ("The canal was three feet above its normal level.", {"three feet": "water_level"}),
    ("Opening the sluices would raise the river by roughly 30 to 50 centimetres.", {"30 to 50 centimetres": "water_level"}),
    # not water: a quake's depth, a height above sea level, lengths of things
    ("The quake struck at a depth of 10 km.", {"10 km": "depth"}),
    ("The village lies 2,300 metres above sea level, 12 km from the crater.", {"12 km": "distance"}),
    ("Snow lay 40 cm deep on the pass.", {"40 cm": "depth"}),
])
def test_a_level_or_depth_of_water_is_no_distance(sentence, expected):
    got = _quantities(sentence)
    assert {t: got.get(t) for t in expected} == expected, got
    assert "water_level" not in {q for t, q in got.items() if t not in expected}


def test_a_second_water_level_set_against_the_first_takes_its_quantity():
    got = _quantities("The river was at 3.9 metres, down from a peak of 4.4 metres.")
    assert got == {"3.9 metres": "water_level", "4.4 metres": "water_level"}, got


# 3. A rate keeps its "per second" (or "a second", "an hour"): a flow is never a volume, a speed never a distance.
@pytest.mark.parametrize("sentence, text, unit", [
    ("The dam released 600 cubic metres per second overnight.", "600 cubic metres per second", "cubic_metre_per_second"),
    ("Up to 1,200 cubic metres a second poured over the spillway.", "Up to 1,200 cubic metres a second",
     "cubic_metre_per_second"),
    ("The pumps move 40 litres per minute.", "40 litres per minute", "litre_per_minute"),
    ("Gusts reached 30 metres per second.", "30 metres per second", "metre_per_second"),
    ("Winds of 90 km an hour brought down trees.", "90 km an hour", "kmh"),
    ("The car was doing 70 miles per hour.", "70 miles per hour", "mph"),
    # a day or a week is no rate of a measure here: "walked 20 km a day" stays a distance; "an hour before" is a time
    ("Gusts of 120 knots an hour before landfall.", "120 knots", "knot"),
    ("The crew was 300 metres an hour later.", "300 metres", "metre"),
    ("Rescuers walked 20 km a day.", "20 km", "kilometre"),
    ("The reservoir holds 64 million cubic metres.", "64 million cubic metres", "cubic_metre"),
])
def test_a_rate_keeps_its_time_unit(sentence, text, unit):
    assert _one(sentence, text)["unit"] == unit


def test_a_flow_and_a_volume_are_two_facts():
    book = load_number_codebooks(paths.DEFAULT_CORPUS_DIR)
    texts = ["The dam released 600 cubic metres per second.", "The reservoir holds 64 million cubic metres."]
    sentences = pd.DataFrame([{"article_id": "a", "block_no": i, "sentence_no": 0, "role": "body", "text": t}
                              for i, t in enumerate(texts)])
    found = number_mentions(sentences, book["units"], book["quantities"], book["actors"])
    assert found["fact_id"].nunique() == 2, found[["text", "unit", "fact_id"]].to_dict("records")
    assert _quantities("Gusts reached 30 metres per second.") == {"30 metres per second": "wind_speed"}
    assert _quantities("The drill advanced at about three metres an hour.") == {"about three metres an hour": "speed"}


# 4. Clock times that are no counts, short durations, and ages.
@pytest.mark.parametrize("sentence, text, value", [
    ("UPDATE 16:20: Police have closed the bridge.", "16:20", 1620),   # a live page's entry label ends in a colon
    ("Latest 08:05: The road is open again.", "08:05", 805),
    ("The alarm was raised at 9.40 in the evening.", "9.40 in the evening", 2140),
    ("The ferry left at 7.15 in the morning.", "7.15 in the morning", 715),
])
def test_clock_times_are_times_not_counts(sentence, text, value):
    row = _one(sentence, text)
    assert (row["kind"], row["value_low"]) == ("time", value)


def test_a_race_time_is_still_a_duration():
    assert _one("The winner crossed the line in 2:08:31.", "2:08:31")["kind"] == "duration"


@pytest.mark.parametrize("hours, words", [
    (4 / 3600, "4 seconds"), (2.5 / 3600, "2.5 seconds"), (90 / 3600, "1.5 minutes"), (0.5, "30 minutes"),
    (2.0, "2 hours"), (48.0, "2 days"),
])
def test_a_short_duration_is_said_in_seconds_or_minutes(hours, words):
    assert describe(hours, hours, "hour", "exact", "duration") == words


@pytest.mark.parametrize("sentence, text", [
    ("Three people died, among them a 44-year-old driver whose car was swept away.", "44-year-old"),
    ("A 61-year-old farmer whose barn collapsed was rescued.", "61-year-old"),
    ("The man found at the weir was 44.", "44"),
])
def test_an_age_beside_an_object_of_a_relative_clause_is_an_age(sentence, text):
    assert _quantities(sentence)[text] == "age"


def test_the_age_of_an_object_stays_other():
    assert _quantities("The 38-year-old power lines snapped under the ice.")["38-year-old"] == "other"


# 6. A figure of an earlier event stays earlier when the sentence holds decimals or a claimant; the figure set against
# it ("higher than the 2009 flood's") is the current one (context_cues `past_year_event_figure`).
@pytest.mark.parametrize("sentence, earlier, current", [
    ("The river reached 6.2 metres, higher than the 5.1 metres recorded in the 2009 flood, which killed seven people, "
     "the authority said.", ["5.1 metres", "seven people"], ["6.2 metres"]),
    ("The Vessa hit 3.4 metres at 2.30 a.m., above the 3.1 metres of the 1998 flood, which killed 12 people.",
     ["3.1 metres", "12 people"], ["3.4 metres"]),
    ("Losses of 4.2 billion euros exceed those of the 2008 crisis, the bank said.", [], ["4.2 billion euros"]),
])
def test_a_figure_of_an_earlier_event_stays_earlier(sentence, earlier, current):
    def is_earlier(text: str) -> bool:
        rec = next(r for r in number_records(sentence, UNITS) if r["text"] == text)
        rec["quantity"] = classify_mention(rec, sentence, BOOK)["quantity"]
        return context_of(rec, sentence, BOOK, 2026)["earlier"]
    assert [t for t in earlier if not is_earlier(t)] == [] and [t for t in current if is_earlier(t)] == []
