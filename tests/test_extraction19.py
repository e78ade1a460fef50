"""Number classes a new user's trial (session 19, an invented museum heist: docs/new_user_trials/session19) read
wrong, each tested on sentences written for this test about several kinds of event (culture, labour, history,
transport, sport, courts; never the user's sentences alone):
- "cut from five to two" is two figures of a change, never the clock time 01:55 ("five to two" is a time only without
  "from" or "between" before it);
- a lower-case "ten" between a capitalised given name and surname is a surname particle ("Jacoba ten Hove", "Corrie
  ten Boom's"), never the number 10, while "United won ten Premier League titles" keeps its ten;
- a year before 1800 is a year after a preposition of time ("built in 1642", "since 1512", "circa 1650"), alone in
  brackets after a title ("The Ferryman (1638)") or between "a" and a singular noun ("a 1641 canvas"); "in 1500 lots"
  and "a crowd of 1500" stay counts;
- a singular noun ending in -s ("canvas", "gas", "atlas", "lens") is never read as a plural nor cut to "canva"."""
from __future__ import annotations

import math

import pytest

from helpers import paths
from helpers.codebooks import load_units
from helpers.number_lexicon import looks_plural, singular
from helpers.numbers import extract_numbers
from helpers.quantities import singular as fact_singular

UNITS = load_units(paths.codebook_path("units.csv"))


def _read(text: str) -> list[tuple]:
    found = extract_numbers(text, UNITS)
    return [(r.text, r.kind, r.value_low, r.unit) for r in found.itertuples()]


@pytest.mark.parametrize("text,figures", [
    ("Night guards at the gallery were cut from five to two in 2024, the union said.",
     [("five", "count", 5.0), ("two", "count", 2.0), ("2024", "year", 2024.0)]),
    ("Ferry crossings fell from ten to six a day after the strike began.", [("ten", "count", 10.0)]),
    ("The panel shrank from twenty to nine judges.", [("twenty", "count", 20.0)]),
])
def test_a_change_from_five_to_two_is_two_figures_not_a_clock_time(text, figures):
    got = _read(text)
    assert not [g for g in got if g[1] == "time"], got
    for want in figures:
        assert any(g[0] == want[0] and g[1] == want[1] and g[2] == want[2] for g in got), (want, got)


@pytest.mark.parametrize("text,value", [("The last ferry left at five to two in the morning.", 155.0),
                                        ("Officers arrived at ten to six.", 550.0)])
def test_five_to_two_alone_is_still_a_time(text, value):
    times = [g for g in _read(text) if g[1] == "time"]
    assert [g[2] for g in times] == [value], _read(text)


@pytest.mark.parametrize("text", [
    "The stolen works include a portrait by Jacoba ten Hove, the museum said.",
    "Visitors queued outside the Corrie ten Boom house on Sunday.",
    "A study by Marieke ten Cate found the same pattern.",
])
def test_a_surname_particle_is_not_the_number_ten(text):
    assert not [g for g in _read(text) if g[2] == 10.0], _read(text)


@pytest.mark.parametrize("text,count", [
    ("Manchester United won ten Premier League titles under him.", 10.0),
    ("Rescuers pulled ten people from the rubble, Mayor Anna Kroll said.", 10.0),
    ("Coach Anna Berg fielded ten players on Sunday.", 10.0),
])
def test_ten_as_a_number_stays_a_number(text, count):
    assert [g[2] for g in _read(text) if g[0].lower().startswith("ten")] == [count], _read(text)


@pytest.mark.parametrize("text,year", [
    ("The chapel was built in 1642 and restored in 1910.", 1642.0),
    ("The Ferryman (1638) hangs in the east wing.", 1638.0),
    ("Thieves cut a 1641 canvas from its frame.", 1641.0),
    ("The stone bridge has carried traffic since 1512.", 1512.0),
    ("The manuscript dates from circa 1450, experts say.", 1450.0),
])
def test_a_year_before_1800_with_a_mark_of_a_year_is_a_year(text, year):
    got = _read(text)
    years = [g for g in got if g[1] == "year"]
    assert any(g[2] == year for g in years), got
    assert not [g for g in got if g[2] == year and g[1] == "count"], got


@pytest.mark.parametrize("text,value,unit", [
    ("A crowd of 1500 gathered outside the court.", 1500.0, ""),
    ("The estate was sold in 1500 lots at auction.", 1500.0, "lot"),
    ("In 1200 homes the water was cut off.", 1200.0, "home"),
    ("Police seized 1700 bottles of spirits.", 1700.0, "bottle"),
])
def test_an_old_looking_number_without_a_mark_of_a_year_stays_a_count(text, value, unit):
    got = _read(text)
    assert any(g[1] == "count" and g[2] == value and g[3] == unit for g in got), got


def test_singular_nouns_in_s_are_not_plurals():
    for word in ("canvas", "gas", "atlas", "lens", "bias"):
        assert not looks_plural(word) and singular(word) == word and fact_singular(word) == word, word
    for plural, one in (("canvases", "canvas"), ("areas", "area"), ("cameras", "camera"), ("buses", "bus")):
        assert singular(plural) == one and looks_plural(plural), plural
    got = _read("Rescuers found two canvases and a gas cylinder.")
    assert ("two canvases", "count", 2.0, "canvas") in got, got
    assert not math.isnan(got[0][2])
