"""What a figure counts and whether it belongs to an earlier event (session 16, quantity16): classes ranked over every
development event (docs/ACCURACY.md), each fixed by rows of the default codebooks and tested here with sentences
written for this test about several kinds of event (floods, strikes, courts, sport, business, elections, health,
transport), never the development sentences themselves. Each test fails without its rows.

- The year of an earlier event is earlier itself, not only the figures of its clause: a clause that opens with it
  ("In 2011 the river…", "…, in March 2018, lasted…"), an event named with it ("the 2014 bribery case", "the spill of
  2003"), a year remembered, recalled or repeated ("Older fans remember 1998"), a year followed by "when" or "in which"
  (context_cues `year_itself_*`), but not the year of works on a structure ("refurbished in 2012, when"); a quotation
  that opens with a past year marks its own figures, never the speech tag after it
  (`quotation_opens_with_a_past_year`).
- Ages: "X, now 68," (the person named before it: `person_now_or_then_aged`), "who turned 31", "the youngest 19 and
  the oldest 58", "the purser Ilse Marrow, 45." (quantity_cues `age_*`).
- People: "have left their homes" counts the evacuated (the fled and the forced from their homes stay displaced);
  people stranded or told to stay indoors are affected (`evacuated_left_their_homes`, `affected_*`).
- Tonnes written in words ("between six and nine tonnes") are a weight (quantities.csv `weight` reads kind count);
  deputies absent from a vote are a count, not votes.
"""
from __future__ import annotations

import pytest

from helpers import paths
from helpers.codebooks import load_actors
from helpers.facts import number_mentions
from probes import BOOK, UNITS, body_sentences
from probes import figures_in as _records

ACTORS = load_actors(paths.codebook_path("actors.csv"))


# --- earlier events: the year itself ---------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, text", [
    ("In 2011 the river burst its banks at the same bridge.", "2011"),
    ("In 2019, the same ministry cut the grant to the port by half.", "2019"),
    ('"In 2016 we lost half the harvest," said one grower.', "2016"),
    ("The last comparable outage, in March 2018, lasted six hours.", "March 2018"),
    ("The 2014 bribery case ended with four convictions.", "2014"),
    ("Economists compared the rescue with the 2013 bailout.", "2013"),
    ("The chemical spill of 2003 poisoned the river for a decade.", "2003"),
    ("Older fans remember 1998, when the north stand was closed for a season.", "1998"),
    ("Investors still recall 2015 with a shudder.", "2015"),
    ("The minister said the country could not afford to repeat 2012.", "2012"),
    ('"I have never seen the water this high, not even in 1997," she said.', "1997"),
    ("Voters still speak of 2009, when turnout fell below 40%.", "2009"),
])
def test_the_year_of_an_earlier_event_is_earlier_itself(sentence, text):
    assert _records(sentence)[text]["earlier"], sentence


@pytest.mark.parametrize("sentence, text", [
    ("The tower was refurbished in 2012, when its walls were clad in new panels.", "2012"),
    ("The pier was last strengthened in 1994, when steel piles were added.", "1994"),
    ("The stadium, which opened in 1975, holds 30,000 spectators.", "1975"),
    ("Reported fraud cases have risen 20% since 2019, the regulator said.", "2019"),
    ("The bank was founded in 1894 as a savings bank for weavers.", "1894"),
    ("In 2026 the council plans to spend €4 million on flood walls.", "2026"),
    ("Engineers have warned about the bridge since 2016.", "2016"),
])
def test_a_founding_year_a_starting_point_and_the_current_year_are_not_earlier(sentence, text):
    assert not _records(sentence)[text]["earlier"], sentence


@pytest.mark.parametrize("sentence, text, earlier", [
    ('"In 2011 the water reached the second floor and 40 families lost everything," she said.', "40 families", True),
    ('"In 2019 they promised us a new road within 12 months," said one shopkeeper, Anton Berg, 52.', "within 12 months", True),
    ('"In 2019 they promised us a new road within 12 months," said one shopkeeper, Anton Berg, 52.', "52", False),
])
def test_a_quotation_that_opens_with_a_past_year_marks_its_own_figures(sentence, text, earlier):
    assert _records(sentence)[text]["earlier"] == earlier


# --- ages ------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, text", [
    ("The new coach, Lena Hark, now 44, played for the club for ten seasons.", "44"),
    ("Her father, Tomas Vell, then 38, lost his farm in the flood.", "38"),
    ("The chief executive, who turned 60 last month, will step down in June.", "60"),
    ("The 14 players charged, the youngest 18 and the oldest 33, will appear in court in May.", "18"),
    ("Of the 12 miners brought up, the youngest was 22 and the oldest 61.", "61"),
    ("Among the passengers killed was the retired judge Ilse Marrow, 71.", "71"),
    ("A reward was offered for the arrest of Col. Aron Belt, 49.", "49"),
])
def test_ages_said_with_now_turned_youngest_or_after_a_full_name(sentence, text):
    assert _records(sentence)[text]["quantity"] == "age", (sentence, _records(sentence)[text]["quantity"])


@pytest.mark.parametrize("sentence, text, quantity", [
    ("Shares turned 3% higher in the afternoon.", "3%", "age"),
])
def test_a_share_move_is_no_age(sentence, text, quantity):
    assert _records(sentence)[text]["quantity"] != quantity


@pytest.mark.parametrize("sentence, text, person", [
    ("The new coach, Lena Hark, now 44, played for the club for ten seasons.", "44", "Lena Hark"),
    ("Her father, Tomas Vell, then 38, lost his farm in the flood.", "38", "Tomas Vell"),
])
def test_an_age_said_with_now_or_then_is_the_named_person_s(sentence, text, person):
    assert _records(sentence)[text]["person"] == person


# --- people ----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, text, quantity", [
    ("About 3,000 people have left their homes near the volcano, officials said.", "About 3,000 people", "evacuated"),
    ("More than 12,000 residents had left their homes before the storm made landfall.", "More than 12,000 residents",
     "evacuated"),
    ("Some 800 families have now left their villages in the valley.", "Some 800 families", "evacuated"),
    ("About 4,000 people have fled the fighting, the UN said.", "About 4,000 people", "displaced"),
    ("Some 5,000 residents were forced from their homes by the floods.", "Some 5,000 residents", "displaced"),
])
def test_people_who_left_their_homes_are_evacuated_those_who_fled_are_displaced(sentence, text, quantity):
    assert _records(sentence)[text]["quantity"] == quantity, (sentence, _records(sentence)[text]["quantity"])


@pytest.mark.parametrize("sentence, text", [
    ("About 4,000 travellers were stranded at the airport after the walkout.", "About 4,000 travellers"),
    ("Some 2,500 passengers were left stranded abroad when the airline collapsed.", "Some 2,500 passengers"),
    ("Police told 5,000 residents near the plant to stay indoors with their windows closed.", "5,000 residents"),
    ("About 20,000 people were told to stay indoors because of the smoke.", "About 20,000 people"),
])
def test_people_stranded_or_told_to_stay_indoors_are_affected(sentence, text):
    assert _records(sentence)[text]["quantity"] == "affected", (sentence, _records(sentence)[text]["quantity"])


# --- weights and votes -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, text", [
    ("Between six and nine tonnes of fuel leaked into the harbour.", "Between six and nine tonnes"),
    ("A few thousand tonnes of grain were lost in the fire.", "A few thousand tonnes"),
])
def test_tonnes_written_in_words_are_a_weight(sentence, text):
    assert _records(sentence)[text]["quantity"] == "weight", (sentence, _records(sentence)[text]["quantity"])


@pytest.mark.parametrize("sentence, text", [
    ("Eighty senators voted for the bill, 12 against and five were absent.", "five"),
    ("The board said 74 members backed the motion, 70 opposed it, four abstained and three did not take part.", "three"),
])
def test_deputies_absent_from_a_vote_are_a_count_not_votes(sentence, text):
    mentions = number_mentions(body_sentences([sentence]), UNITS, BOOK, ACTORS)
    assert dict(zip(mentions["text"], mentions["quantity"]))[text] == "count"
