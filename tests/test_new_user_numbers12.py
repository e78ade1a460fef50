"""Number classes a new user's trial (session 12, an invented ferry-capsizing corpus) found wrong, each with sentences
written for this test about several kinds of event (never the user's sentences alone): an earlier event's toll or a
period's total read as the current toll, lives lost, a figure's own noun against a neighbouring clause's cue, the
number of people on board against a capacity or a daily ridership, a year before "-built", a distance before
"towards", people admitted to hospital, and a restated toll noun far from its figure."""
from __future__ import annotations

import pytest

from helpers import paths
from helpers.codebooks import load_units
from helpers.facts import classify_mention
from helpers.numbers import extract_numbers, number_records
from helpers.quantities import context_of, load_quantity_codebook

UNITS = load_units(paths.codebook_path("units.csv"))
BOOK = load_quantity_codebook()


def _records(sentence: str) -> dict[str, dict]:
    found = {}
    for rec in number_records(sentence, UNITS):
        rec["quantity"] = classify_mention(rec, sentence, BOOK)["quantity"]
        rec.update(context_of(rec, sentence, BOOK, 2026))
        found[rec["text"]] = rec
    return found


def _quantities(sentence: str) -> dict[str, str]:
    return {t: r["quantity"] for t, r in _records(sentence).items()}


# 1. An earlier event's toll, a period's total over many events and lives lost (context_cues `past_year_event_noun_of`,
# `past_year_event_verb`, `period_total_of_events`; quantity_cues `killed_loss_of_lives`,
# `killed_lives_lost`; a count of lives is never a change).
@pytest.mark.parametrize("sentence, earlier, current", [
    ("The deadliest, the sinking of a ferry on the same lake in 2011, killed 67.", ["67"], []),
    ("The worst, the explosion at a fertiliser plant in 1998, injured 300 workers.", ["300 workers"], []),
    ("A stampede at the stadium in 2009 killed 21 fans, officials recalled.", ["21 fans"], []),
    ("Since 2010 more than 30 mine explosions in the province have killed about 400 workers.", ["about 400 workers"], []),
    ("Over the past decade, 14 floods have displaced 90,000 people in the valley.", ["90,000 people"], []),
    ("A ferry sank there in 1999 with the loss of 80 lives.", ["80 lives"], []),
    ("The disaster revives memories of 2011, when a tanker exploded with the loss of 30 lives.", ["30 lives"], []),
    # the current event's figures stay current
    ("The crash, the worst since the collision of two trains in 2004, killed 40 passengers.", [], ["40 passengers"]),
    ("The explosion at the plant in 2026 killed four workers.", [], ["four workers"]),
    ("Two explosions on Monday killed 12 workers.", [], ["12 workers"]),
])
def test_an_earlier_event_or_a_period_total_is_no_current_toll(sentence, earlier, current):
    got = _records(sentence)
    assert [t for t in earlier if not got[t]["earlier"]] == [], got
    assert [t for t in current if got[t]["earlier"]] == [], got


@pytest.mark.parametrize("sentence, text", [
    ("The ship went down with the loss of 67 lives.", "67 lives"),
    ("The storm claimed 40 lives across the region.", "40 lives"),
    ("More than 120 lives were lost when the dam burst.", "More than 120 lives"),
])
def test_lives_lost_are_the_killed(sentence, text):
    rec = _records(sentence)[text]
    assert (rec["kind"], rec["quantity"]) == ("count", "killed"), rec


# 2. Each number takes its own noun before a neighbouring clause's cue (`rescued_survivors_own_noun`); the number on
# board is a count of its own (`count_number_on_board`), a capacity and a ridership are other facts (context_cues
# `capacity`, `ridership_in_words`, `ridership_a_day`).
@pytest.mark.parametrize("sentence, expected", [
    ("The coastguard put the toll at 13 dead, with 131 survivors and 10 people still missing.",
     {"13": "killed", "131 survivors": "rescued", "10 people": "missing"}),
    ("The mine operator said 40 survivors and 12 miners were still trapped.",
     {"40 survivors": "rescued", "12 miners": "missing"}),
    ('She said the true number on board "could be anywhere between 150 and 220" and warned that the missing figure '
     'was an undercount.', {"between 150 and 220": "count"}),
    ("The total number of passengers aboard was put at about 300, the coast guard said, while 40 are missing.",
     {"about 300": "count", "40": "missing"}),
])
def test_each_number_takes_its_own_noun(sentence, expected):
    got = _quantities(sentence)
    assert {t: got.get(t) for t in expected} == expected, got


@pytest.mark.parametrize("sentence, text, detail", [
    ("The ferry was licensed to carry 120 passengers but was carrying 186 passengers.", "120 passengers", "capacity"),
    ("The ferry was licensed to carry 120 passengers but was carrying 186 passengers.", "186 passengers", ""),
    ("The stadium has a capacity of 40,000 but 52,000 fans got in.", "40,000", "capacity"),
    ("The stadium has a capacity of 40,000 but 52,000 fans got in.", "52,000 fans", ""),
    ("The strike left an estimated 4,000 daily passengers without a service.", "an estimated 4,000 daily passengers",
     "ridership_in_words"),
    ("The closed line carries 9,000 commuters a day.", "9,000 commuters", "ridership_a_day"),
])
def test_a_capacity_or_a_ridership_is_no_count_on_board(sentence, text, detail):
    assert _records(sentence)[text]["detail"] == detail


# 3. A year before "-built", "-era", "-vintage" is a year (`lx.YEAR_COMPOUND_WORDS`); a length before "towards" is a
# distance (`lx.COUNT_STOP`); people admitted to hospital are injured whichever side the verb stands
# (`injured_admitted_after`); a restated toll noun far from its figure still names it (`killed_number_of_dead_rose_long`).
@pytest.mark.parametrize("sentence, text, value, kind", [
    ("The 1987-built ferry had a history of overloading.", "1987", 1987, "year"),
    ("Inspectors grounded the 1974-vintage airliner.", "1974", 1974, "year"),
    ("The 1998-era software was never patched.", "1998", 1998, "year"),
])
def test_a_year_before_built_is_a_year(sentence, text, value, kind):
    rows = extract_numbers(sentence)
    assert rows[["text", "value_low", "kind"]].values.tolist() == [[text, value, kind]]


@pytest.mark.parametrize("sentence, text", [
    ("Residents said the boat had drifted about 2 kilometres towards their shore.", "about 2 kilometres"),
    ("The ash cloud moved 40 miles towards the capital overnight.", "40 miles"),
    ("The front line shifted 3 km toward the river.", "3 km"),
])
def test_a_distance_before_towards_is_a_distance(sentence, text):
    rec = _records(sentence)[text]
    assert (rec["kind"], rec["quantity"]) == ("measure", "distance"), rec


@pytest.mark.parametrize("sentence, text", [
    ("The medical director said 38 survivors had been admitted since morning.", "38 survivors"),
    ("The district hospital admitted 22 survivors, most of them with hypothermia.", "22 survivors"),
    ("Officials said 15 fans were admitted overnight after the crush.", "15 fans"),
])
def test_people_admitted_are_injured(sentence, text):
    assert _quantities(sentence)[text] == "injured"


def test_people_admitted_to_a_school_are_not_injured():
    assert _quantities("This year 1,200 students were admitted to the university.")["1,200 students"] == "count"


@pytest.mark.parametrize("sentence, text", [
    ("The number of people confirmed dead after a ferry overturned on the lake rose to nine on Saturday.", "nine"),
    ("The number of people killed in the floods that swept the northern provinces this week has risen to 41.", "41"),
])
def test_a_restated_toll_far_from_its_figure_names_it(sentence, text):
    assert _quantities(sentence)[text] == "killed"
