"""Number classes a new user's hailstorm corpus showed (session 16) that no session had worked on, each tested with
sentences written for this test about several beats (weather, disasters, business, sport, crime, politics), never the
user's sentences alone (session 17, nunumbers17). What a reader takes from each sentence is asserted; each test fails
without its rule rows.

1. A part of a count is a subgroup with its own fact, never the total: "Of the 240 injured, 31 are children",
   "including 12 firefighters", "among them 4 foreigners" (facts.SUBGROUP_RULES, unit_classes @people).
2. A year used as a name ("the 2019 Harlow hailstorm", "since the 2008 crash", "the 1998 final") is an earlier event's
   year, never a count (context_cues `year_itself_before_an_event_noun`, `year_itself_after_a_past_event`).
3. Idioms and vague amounts: "nine figures", "a six-figure sum" and "a hundred and one things" state no figure
   (number_lexicon.IDIOMS); "a quarter of an hour" is 15 minutes (rule `fraction_time`); "one or two" is a vague
   amount (number_lexicon.VAGUE_PAIRS); "in their thousands" counts the noun before it (facts.NOUN_BEFORE_RULES).
4. Vehicles damaged are not buildings damaged: "3,000 cars were damaged" is a count of cars, "the roofs of 400 homes"
   buildings damaged (quantity_cues `buildings_damaged_parts_of`).
5. A forecast or estimate of insured losses or costs ("insurers expect claims of up to €80m", "the bill could reach
   €1.2bn") is a cost of the damage with its hedge, not plain money (quantity_cues `damage_cost_claims`,
   `damage_cost_bill_could`).
6. Live-blog headings and time stamps ("Update 17:55", "17:55 GMT", "Posted at 09.12") are page furniture, never
   figures of the event (numbers.STAMP_LINE_RULES).
7. The size of hailstones or other objects ("5cm hailstones", "a 30cm crack", "a 3-metre crack") is a size (`other`),
   never a distance to somewhere (quantity_cues `size_of_a_thing_after`).
"""
from __future__ import annotations

import pytest

from helpers import paths
from helpers.codebooks import load_actors
from helpers.facts import number_mentions
from probes import BOOK, UNITS, body_sentences
from probes import figures_in as _records

ACTORS = load_actors(paths.codebook_path("actors.csv"))


def _facts(paragraphs: list[str], role: str = "body") -> dict[str, dict]:
    """Each figure of one article's body by its text: its row as the fact step builds it (quantity, fact id)."""
    sentences = body_sentences(paragraphs)
    sentences["role"] = role
    mentions = number_mentions(sentences, UNITS, BOOK, ACTORS)
    return {r["text"]: r for r in mentions.to_dict("records")}


# --- 1. a part of a count is a subgroup, never the total -------------------------------------------------------------
@pytest.mark.parametrize("sentence, total, part, quantity, group", [
    ("Of the 240 injured, 31 are children, the hospital said.", "240", "31", "injured", "child"),
    ("Of the 58 people killed in the fire, 14 were firefighters.", "58 people", "14", "killed", "firefighter"),
    ("Of the 1,300 people arrested since Friday, 220 are minors, police said.", "1,300 people", "220", "arrested",
     "minor"),
    ("Of the 19 passengers still missing, six are foreigners.", "19 passengers", "six", "missing", "foreigner"),
    ("Police arrested 45 people after the match, among them 4 foreigners.", "45 people", "4 foreigners", "arrested",
     "foreigner"),
    ("The riot left 80 people injured, including 12 police officers.", "80 people", "12 police officers", "injured",
     "officer"),
])
def test_a_part_of_a_count_is_a_subgroup_with_its_own_fact(sentence, total, part, quantity, group):
    got = _facts([sentence])
    assert got[total]["quantity"] == quantity, got[total]
    assert got[part]["quantity"] == quantity, got[part]
    assert got[part]["fact_id"] != got[total]["fact_id"], (got[part]["fact_id"], got[total]["fact_id"])
    assert got[part]["fact_id"].endswith(group), got[part]["fact_id"]


@pytest.mark.parametrize("sentence, text, quantity", [
    ("Of the 240 injured, 31 were still in hospital on Sunday.", "31", "injured"),
    ("Of the 300 homes hit, 40 were destroyed.", "40", "buildings_destroyed"),
])
def test_a_part_in_another_state_keeps_its_state(sentence, text, quantity):
    assert _facts([sentence])[text]["quantity"] == quantity


# --- 2. a year used as a name is an earlier event's year, never a count ----------------------------------------------
@pytest.mark.parametrize("sentence, text", [
    ("The damage is worse than after the 2019 Harlow hailstorm.", "2019"),
    ("Prices have not fallen this fast since the 2008 crash.", "2008"),
    ("Fans still talk about the 1998 final, when the club last won the cup.", "1998"),
    ("Insurers paid out less after the 2017 Brenna floods than they expect to now.", "2017"),
    ("Turnout was higher than in the 2014 referendum.", "2014"),
    ("The heist is the biggest since the 2011 Carrow robbery.", "2011"),
    ("The 2021 Velden hailstorm flattened the same vineyards.", "2021"),
])
def test_a_year_used_as_the_name_of_an_event_is_an_earlier_events_year(sentence, text):
    rec = _records(sentence)[text]
    assert rec["earlier"], rec
    assert rec["kind"] == "year" and rec["quantity"] == "year", rec


@pytest.mark.parametrize("sentence, text", [
    ("The 2026 budget cuts spending on roads by 4%.", "2026"),
    ("The museum, built in 1998, lost part of its roof.", "1998"),
])
def test_the_current_year_and_a_building_year_are_not_earlier_events(sentence, text):
    assert not _records(sentence)[text]["earlier"]


# --- 3. idioms and vague amounts -------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, word", [
    ("The deal is worth nine figures, according to people familiar with it.", "nine"),
    ("The striker signed a nine-figure contract on Monday.", "nine"),
    ("Each family was offered a six-figure sum in compensation.", "six"),
    ("Her salary runs into seven figures.", "seven"),
    ("There are a hundred and one things to fix after the storm.", "hundred"),
    ("The minister gave a thousand and one reasons for the delay.", "thousand"),
])
def test_an_idiom_states_no_figure(sentence, word):
    assert not [t for t in _records(sentence) if word in t.lower()], _records(sentence)


@pytest.mark.parametrize("sentence, text, value", [
    ("The ministry and the union gave two figures for the crowd.", "two figures", 2),
    ("Police recorded four hundred and one arrests over the weekend.", "four hundred and one arrests", 401),
])
def test_figures_as_numbers_and_a_count_with_and_one_are_no_idiom(sentence, text, value):
    assert _records(sentence)[text]["value_low"] == value


@pytest.mark.parametrize("sentence, text, hours", [
    ("The hail lasted a quarter of an hour.", "a quarter of an hour", 0.25),
    ("It took three quarters of an hour to clear the road.", "three quarters of an hour", 0.75),
    ("Police held the suspect for three-quarters of an hour before releasing him.", "three-quarters of an hour", 0.75),
    ("The vote was delayed by a quarter of an hour.", "a quarter of an hour", 0.25),
    ("Shares were suspended for half of a day.", "half of a day", 12.0),
])
def test_a_fraction_of_a_time_unit_is_a_duration(sentence, text, hours):
    rec = _records(sentence)[text]
    assert rec["kind"] == "duration" and rec["unit"] == "hour" and rec["value_low"] == pytest.approx(hours), rec
    assert rec["quantity"] != "share" and rec["quantity"] != "vote_share"


@pytest.mark.parametrize("sentence, text", [
    ("Only one or two cars escaped the hail.", "one or two cars"),
    ("One or two residents were slightly hurt.", "One or two residents"),
    ("The league has one or two questions about the transfer.", "one or two questions"),
])
def test_one_or_two_is_a_vague_amount(sentence, text):
    rec = _records(sentence)[text]
    assert rec["hedge"] == "vague" and (rec["value_low"], rec["value_high"]) == (1, 2), rec


def test_two_or_three_stays_a_range():
    rec = _records("Two or three people were hurt.")["Two or three people"]
    assert rec["hedge"] == "range"


@pytest.mark.parametrize("sentence, text, unit", [
    ("Residents came out in their thousands to clear the streets.", "thousands", "resident"),
    ("Supporters gathered in their hundreds outside the court.", "hundreds", "supporter"),
    ("Farmers drove into the capital in their thousands.", "thousands", "farmer"),
])
def test_in_their_thousands_counts_the_noun_before_it(sentence, text, unit):
    got = _facts([sentence])[text]
    assert got["unit"] == unit and got["hedge"] == "vague", got


# --- 4. vehicles damaged are not buildings damaged -------------------------------------------------------------------
@pytest.mark.parametrize("sentence, text, quantity", [
    ("About 3,000 cars were damaged by the hail.", "About 3,000 cars", "count"),
    ("Hail damaged 3,000 cars and 400 homes.", "400 homes", "buildings_damaged"),
    ("Hail damaged 3,000 cars and 400 homes.", "3,000 cars", "count"),
    ("Hail smashed the windows of 600 cars and the roofs of 200 houses.", "200 houses", "buildings_damaged"),
    ("Hail smashed the windows of 600 cars and the roofs of 200 houses.", "600 cars", "count"),
    ("The gale tore the roofs off 35 homes in the village.", "35 homes", "buildings_damaged"),
    ("Rioters smashed the windows of 60 shops and set fire to 12 buses.", "60 shops", "buildings_damaged"),
    ("Rioters smashed the windows of 60 shops and set fire to 12 buses.", "12 buses", "count"),
    ("Police said 14 homes and 30 vehicles were destroyed.", "30 vehicles", "count"),
])
def test_vehicles_and_buildings_are_two_quantities(sentence, text, quantity):
    assert _records(sentence)[text]["quantity"] == quantity


# --- 5. a forecast or estimate of insured losses or costs ------------------------------------------------------------
@pytest.mark.parametrize("sentence, text, hedge", [
    ("Insurers expect claims of up to €80m.", "up to €80m", "at_most"),
    ("The bill could reach €1.2bn, the insurers' association said.", "€1.2bn", "exact"),
    ("Claims are expected to exceed $1bn after the hailstorm.", "exceed $1bn", "more_than"),
    ("The clean-up could cost as much as €15 million.", "as much as €15 million", "at_most"),
    ("Insurers put the cost of the hailstorm at between €50m and €70m.", "between €50m and €70m", "range"),
    ("The riot's bill could top £3 million, the council warned.", "£3 million", "exact"),
    ("Brokers estimate insurance claims from the fire at about $400 million.", "about $400 million", "about"),
])
def test_an_estimate_of_insured_losses_or_costs_is_a_cost_of_the_damage(sentence, text, hedge):
    rec = _records(sentence)[text]
    assert rec["quantity"] == "damage_cost" and rec["hedge"] == hedge, rec


@pytest.mark.parametrize("sentence, text, quantity", [
    ("Shareholders filed claims of €80m against the bank.", "€80m", "compensation"),
    ("The bill for the new stadium could reach €300m.", "€300m", "budget"),
    ("The opposition puts the cost for a family of three at €410 a year.", "€410", "money"),
    ("The agriculture ministry put the cost of the export ban at €2.3 million a week.", "€2.3 million", "money"),
])
def test_claims_and_bills_that_are_no_damage_stay_apart(sentence, text, quantity):
    assert _records(sentence)[text]["quantity"] != "damage_cost"


# --- 6. live-blog headings and time stamps ---------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Update 17:55",
    "UPDATE, 09:40 BST",
    "17:55 GMT",
    "18.05",
    "Posted at 09.12",
    "Updated at 14:02 BST",
    "Last updated 27 November 2026, 17:55",
    "Published 09:12 CET, Friday",
])
@pytest.mark.parametrize("role", ["body", "heading"])
def test_a_live_blog_stamp_is_no_figure(line, role):
    assert _facts([line], role) == {}


@pytest.mark.parametrize("sentence, text", [
    ("Update: 12 people have now been taken to hospital.", "12 people"),
    ("At 17:55 the first hailstones fell on the market square.", "17:55"),
    ("The final whistle went at 21:50 GMT.", "21:50 GMT"),
])
def test_a_sentence_with_a_time_is_no_stamp(sentence, text):
    assert text in _facts([sentence])


# --- 7. the size of hailstones or other objects ----------------------------------------------------------------------
@pytest.mark.parametrize("sentence, text", [
    ("5cm hailstones smashed windows in Harlow.", "5cm"),
    ("Engineers found a 30cm crack in the dam wall near Velden.", "30cm"),
    ("A 3-metre crack appeared in the Brenna bridge.", "3-metre"),
    ("A 40cm hole opened in the street outside the Orsk bank.", "40cm"),
    ("Hailstones up to 5cm across fell on Harlow.", "up to 5cm"),
    ("Thieves cut a 60cm gap in the fence of the Selm depot.", "60cm"),
])
def test_the_size_of_an_object_is_no_distance(sentence, text):
    rec = _records(sentence)[text]
    assert rec["quantity"] == "other" and rec["kind"] == "measure", rec


@pytest.mark.parametrize("sentence, text", [
    ("The village is 12 km from the coast.", "12 km"),
    ("Hail fell as far as 30 km from Harlow.", "30 km"),
])
def test_a_distance_from_a_place_stays_a_distance(sentence, text):
    assert _records(sentence)[text]["quantity"] == "distance"


@pytest.mark.parametrize("sentence, text", [
    ("Up to 10cm of hail covered the streets of Harlow.", "Up to 10cm"),
    ("About 5cm of hailstones lay on the pitch at Orsk.", "About 5cm"),
])
def test_hail_lying_on_the_ground_is_its_depth_not_a_distance(sentence, text):
    assert _records(sentence)[text]["quantity"] == "depth"
